// A validator compiled once from a zod schema's own definition, for the valid values that make up
// nearly every check: zod's interpreter builds a payload, an issue list and a copy per node, which
// costs several times more. It is built from closures, not generated code (extension pages forbid
// eval). It says true when zod would accept the value and return the same data; otherwise the
// caller asks zod itself, which names the first issue. It knows only the kinds of schema the case
// format uses and refuses any other when compiled.
import * as z from 'zod/mini';

export type Validator = (value: unknown) => boolean;

export function compileValidator(schema: z.core.$ZodType): Validator {
  const def = (schema as z.core.$ZodTypes)._zod.def;
  switch (def.type) {
    case 'string':
    case 'number':
    case 'boolean': {
      if (def.coerce) throw unsupported(`coerced ${def.type}`);
      const checks = compileChecks(schema);
      const type = def.type;
      // zod's number refuses NaN and ±Infinity.
      const ofType: Validator = type === 'number' ? Number.isFinite : (value) => typeof value === type;
      if (checks.length === 0) return ofType;
      // One check (a date, a month, a key pattern) is the common case: one call less per value.
      if (checks.length === 1) {
        const check = checks[0]!;
        return type === 'string' ? (value) => typeof value === 'string' && check(value as never) : (value) => ofType(value) && check(value as never);
      }
      return (value) => {
        if (!ofType(value)) return false;
        for (const check of checks) if (!check(value as never)) return false;
        return true;
      };
    }
    case 'literal':
    case 'enum': {
      const values = schema._zod.values!;
      return (value) => values.has(value as never);
    }
    case 'optional': {
      if (def.innerType._zod.optin === 'defaulted') throw unsupported('optional around a default');
      const inner = compileValidator(def.innerType);
      return (value) => value === undefined || inner(value);
    }
    case 'nullable': {
      const inner = compileValidator(def.innerType);
      return (value) => value === null || inner(value);
    }
    case 'array': {
      refuseChecks(schema);
      const element = compileValidator(def.element);
      return (value) => {
        if (!Array.isArray(value)) return false;
        for (let i = 0; i < value.length; i++) if (!element(value[i])) return false;
        return true;
      };
    }
    case 'object':
      return compileStrictObject(schema, def);
    case 'record':
      return compileRecord(schema, def);
    default:
      throw unsupported(def.type);
  }
}

/**
 * Both visit the keys a value has, not every key of the shape. For plain objects with enumerable
 * string keys, as JSON and structured clone make them, that is zod's answer; any other object is
 * left to zod (its inherited, non-enumerable or symbol keys count there).
 */
function isPlainData(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * A field of a strict object. Most fields of a case are a string, a finite number, a boolean or one
 * of an enum's values, perhaps nullable: the object's loop checks those inline, which saves a call
 * per value (a measured part of engine.check); any other field calls its compiled `check`.
 */
interface Field {
  check: Validator;
  /** The field is optional: undefined is accepted without asking `check`. */
  undefinedOk: boolean;
  /** An inline leaf accepts null. */
  nullOk: boolean;
  /** An inline leaf: the value's typeof; null to call `check`. */
  primitive: 'string' | 'number' | 'boolean' | null;
  /** An inline enum or literal: its values (primitive is null then). */
  values: ReadonlySet<unknown> | null;
  /** The one check of an inline string or number (a date, a bound); null for none. */
  test: Check | null;
}

function compileField(field: z.core.$ZodType): Field {
  const outer = (field as z.core.$ZodTypes)._zod.def;
  const undefinedOk = outer.type === 'optional' && outer.innerType._zod.optin !== 'defaulted';
  const schema = undefinedOk ? (outer as z.core.$ZodOptionalDef).innerType : field;
  const check = compileValidator(schema);
  const def = (schema as z.core.$ZodTypes)._zod.def;
  const nullOk = def.type === 'nullable';
  const leaf = nullOk ? (def as z.core.$ZodNullableDef).innerType : schema;
  const leafDef = (leaf as z.core.$ZodTypes)._zod.def;
  const inline = { check, undefinedOk, nullOk, primitive: null, values: null, test: null };
  if (leafDef.type === 'enum' || leafDef.type === 'literal') return { ...inline, values: leaf._zod.values! };
  if (leafDef.type === 'string' || leafDef.type === 'number' || leafDef.type === 'boolean') {
    const checks = compileChecks(leaf);
    if (checks.length <= 1) return { ...inline, primitive: leafDef.type, test: checks[0] ?? null };
  }
  return { ...inline, nullOk: false };
}

function compileStrictObject(schema: z.core.$ZodType, def: z.core.$ZodObjectDef): Validator {
  refuseChecks(schema);
  if (def.catchall?._zod.def.type !== 'never') throw unsupported('objects other than strict ones');
  const fields: Record<string, Field> = Object.create(null);
  const required: string[] = [];
  for (const [key, field] of Object.entries(def.shape)) {
    fields[key] = compileField(field);
    if (field._zod.optin !== 'optional' || field._zod.optout !== 'optional') required.push(key);
  }
  return (value) => {
    if (!isPlainData(value)) return false;
    for (const key in value) {
      const field = fields[key];
      if (field === undefined) return false;
      const v = value[key];
      if (v === undefined) {
        if (field.undefinedOk || field.check(v)) continue;
        return false;
      }
      if (field.values !== null) {
        if (!field.values.has(v) && !(v === null && field.nullOk)) return false;
      } else if (field.primitive !== null) {
        if (typeof v !== field.primitive) {
          if (v === null && field.nullOk) continue;
          return false;
        }
        // zod's number refuses NaN and ±Infinity.
        if (field.primitive === 'number' && !Number.isFinite(v)) return false;
        if (field.test !== null && !field.test(v as never)) return false;
      } else if (!field.check(v)) return false;
    }
    for (const key of required) if (!(key in value)) return false;
    return true;
  };
}

function compileRecord(schema: z.core.$ZodType, def: z.core.$ZodRecordDef): Validator {
  refuseChecks(schema);
  // With a string key type zod's retry of a numeric key as a number cannot succeed.
  if (def.keyType._zod.def.type !== 'string' || def.mode === 'loose') throw unsupported('records other than strict ones with string keys');
  const validKey = compileValidator(def.keyType);
  const validValue = compileValidator(def.valueType);
  return (value) => {
    if (!isPlainData(value)) return false;
    for (const key in value) {
      // zod leaves a key __proto__ (JSON.parse makes it an own key) out of its copy: left to zod.
      if (key === '__proto__' || !validKey(key) || !validValue(value[key])) return false;
    }
    return true;
  };
}

type Check = (value: never) => boolean;

/** The checks of a string or number schema; z.int() is itself a check. */
function compileChecks(schema: z.core.$ZodType): Check[] {
  const own = schema._zod.traits.has('$ZodCheck') ? [schema as unknown as z.core.$ZodCheck] : [];
  return [...own, ...(schema._zod.def.checks ?? [])].map((check) => compileCheck(check._zod.def));
}

function compileCheck(def: z.core.$ZodCheckDef): Check {
  switch (def.check) {
    case 'greater_than': {
      const { value, inclusive } = def as z.core.$ZodCheckGreaterThanDef;
      const bound = value as number;
      return inclusive ? (v: number) => v >= bound : (v: number) => v > bound;
    }
    case 'less_than': {
      const { value, inclusive } = def as z.core.$ZodCheckLessThanDef;
      const bound = value as number;
      return inclusive ? (v: number) => v <= bound : (v: number) => v < bound;
    }
    case 'number_format': {
      const { format } = def as z.core.$ZodCheckNumberFormatDef;
      if (format !== 'safeint') throw unsupported(`number format ${format}`);
      return (v: number) => Number.isSafeInteger(v);
    }
    case 'string_format': {
      const { format, pattern } = def as z.core.$ZodCheckRegexDef;
      if (format !== 'regex') throw unsupported(`string format ${format}`);
      return (v: string) => {
        pattern.lastIndex = 0;
        return pattern.test(v);
      };
    }
    case 'custom': {
      // The refinements of the case format are synchronous boolean predicates (isRealDate,
      // isRealMonth): called as they are, one call less per date.
      return (def as z.core.$ZodCustomDef).fn as Check;
    }
    default:
      throw unsupported(`check ${def.check}`);
  }
}

function refuseChecks(schema: z.core.$ZodType): void {
  if (schema._zod.def.checks?.length) throw unsupported(`checks on ${schema._zod.def.type}`);
}

function unsupported(what: string): Error {
  return new Error(`compileValidator: ${what} not supported`);
}
