/**
 * Event types and payload shapes, declared once as data: services get typed payloads from it,
 * the event log checks every payload against it, and `npm run events:print` writes the client's
 * types from it. Domains declare their own catalogue (`<domain>.events.ts`); this file knows none.
 */

export interface FieldSpec<T = unknown> {
  /** The TypeScript type, as printed for the client. */
  readonly ts: string;
  readonly optional: boolean;
  check(value: unknown): boolean;
  /** Carries the field's type for inference only. */
  readonly __type?: T;
}

function spec<T>(ts: string, check: (value: unknown) => boolean): FieldSpec<T> {
  return { ts, optional: false, check };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const field = {
  id: spec<string>('string', (v) => typeof v === 'string' && UUID.test(v)),
  string: spec<string>('string', (v) => typeof v === 'string'),
  /** An ISO 8601 time. */
  time: spec<string>('string', (v) => typeof v === 'string' && !Number.isNaN(Date.parse(v))),
  integer: spec<number>('number', (v) => Number.isInteger(v)),
  boolean: spec<boolean>('boolean', (v) => typeof v === 'boolean'),
  ids: spec<string[]>('string[]', (v) => Array.isArray(v) && v.every((id) => typeof id === 'string' && UUID.test(id))),
  oneOf<const V extends readonly string[]>(values: V): FieldSpec<V[number]> {
    return spec<V[number]>(values.map((v) => `'${v}'`).join(' | '), (v) => values.includes(v as string));
  },
  nullable<T>(inner: FieldSpec<T>): FieldSpec<T | null> {
    return { ...inner, ts: `${inner.ts} | null`, check: (v) => v === null || inner.check(v) } as FieldSpec<T | null>;
  },
  /** May be absent: the event says only what changed. */
  optional<T>(inner: FieldSpec<T>): FieldSpec<T> & { optional: true } {
    return { ...inner, optional: true } as FieldSpec<T> & { optional: true };
  },
};

export interface EventSpec {
  /** The scope kinds the event is sent to. */
  scopes: readonly string[];
  description: string;
  payload: Record<string, FieldSpec>;
}

export type EventCatalogue = Record<string, EventSpec>;

type FieldType<F> = F extends FieldSpec<infer T> ? T : never;
type OptionalKeys<P> = { [K in keyof P]: P[K] extends { optional: true } ? K : never }[keyof P];
type RequiredKeys<P> = Exclude<keyof P, OptionalKeys<P>>;

/** The payload type an event spec describes. */
export type PayloadOf<S extends EventSpec> = { [K in RequiredKeys<S['payload']>]: FieldType<S['payload'][K]> } & {
  [K in OptionalKeys<S['payload']>]?: FieldType<S['payload'][K]>;
};

export interface PendingEvent {
  scope: string;
  type: string;
  payload: Record<string, unknown>;
}

/** A typed constructor of a catalogue's events: `threadEvent('post.created', scope, payload)`. */
export function eventsOf<C extends EventCatalogue>(catalogue: C) {
  return <K extends keyof C & string>(type: K, scope: string, payload: PayloadOf<C[K]>): PendingEvent => {
    void catalogue;
    return { scope, type, payload: payload as Record<string, unknown> };
  };
}

/** Why a payload does not match its type's declaration, or null when it does. */
export function payloadProblem(catalogue: EventCatalogue, event: PendingEvent): string | null {
  const spec = catalogue[event.type];
  if (!spec) return `unknown event type ${event.type}`;
  const kind = event.scope.slice(0, event.scope.indexOf(':'));
  if (!spec.scopes.includes(kind)) return `${event.type} is not sent to ${kind} scopes`;
  for (const [name, fieldSpec] of Object.entries(spec.payload)) {
    const value = event.payload[name];
    if (value === undefined ? !fieldSpec.optional : !fieldSpec.check(value)) return `${event.type}.${name} is invalid: ${JSON.stringify(value)}`;
  }
  const extra = Object.keys(event.payload).find((name) => !(name in spec.payload));
  return extra ? `${event.type}.${extra} is not declared` : null;
}

/** TypeScript declarations of a catalogue, for the client. */
export function printCatalogue(catalogue: EventCatalogue): string {
  const types = Object.keys(catalogue).sort();
  const lines = [
    '/* Generated from the server\'s event catalogue by `npm run events:print`: do not edit. */',
    '',
    '/** Every event type the hub sends, with its payload. */',
    'export interface HubEventPayloads {',
  ];
  for (const type of types) {
    const spec = catalogue[type];
    lines.push(`  /** ${spec.description} Sent to: ${spec.scopes.join(', ')}. */`);
    lines.push(`  '${type}': {`);
    for (const [name, fieldSpec] of Object.entries(spec.payload)) {
      lines.push(`    ${name}${fieldSpec.optional ? '?' : ''}: ${fieldSpec.ts};`);
    }
    lines.push('  };');
  }
  lines.push('}', '', 'export type HubEventType = keyof HubEventPayloads;', '');
  lines.push('export const HUB_EVENT_TYPES: readonly HubEventType[] = [', ...types.map((type) => `  '${type}',`), '];', '');
  return lines.join('\n');
}
