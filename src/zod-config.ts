/**
 * zod's configuration, imported by every module that builds a schema, before zod itself is used there (an ES module's
 * imports run before its body, so no schema is built before this). `jitless`: zod compiles an object schema's parser
 * into generated code on its first parse, which pays when a schema parses many values; a run parses each schema once
 * or a few times (one file per sector and month), and generating the code cost a check more than it saved (CPU
 * profile of `report check 2021-01`: validating the month's files 38 → 16 ms; `build --all --format md` over 36
 * months the same within noise).
 */
import { config } from 'zod';

config({ jitless: true });
