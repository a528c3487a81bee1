// The EventEmitter PouchDB is built on (issue 24), in place of the `events` npm port of Node's (aliased in
// wxt.config.ts; about 1 kB gzip smaller). Only what PouchDB 9's core, replication, IndexedDB and HTTP adapters
// call, with Node's semantics where PouchDB relies on them:
// - a `once` listener fires at most once even when its removal does not happen: pouchdb-utils' `Changes`
//   overrides `removeListener(dbName, id)` with a signature of its own, which a once-wrapper's self-removal
//   reaches (eventemitter3 has no such guard and removes once listeners through that override, one of the
//   reasons PouchDB's replication never settled with it);
// - `removeListener(type, fn)` finds a once listener by the function given to `once`, and removes one listener
//   (the last added), not every copy;
// - `emit` calls the listeners registered when it starts, even if one of them removes another;
// - `emit('error')` with no listener throws, as PouchDB expects of an unhandled error;
// - `newListener` / `removeListener` events (PouchDB's `sync` uses them), `listenerCount`, `setMaxListeners`.
// PouchDB copies the methods onto its constructor with `Object.keys(EE.prototype)`, so they are made enumerable,
// and it makes databases without running this constructor (pouchdb-core's `createClass`), so the listener table
// is created on first use, as Node's does. (eventemitter3 creates it in its constructor only: its methods then
// fail on such a database, which is why PouchDB's replication never settled with it.)

type Listener = ((...args: unknown[]) => void) & { listener?: Listener };

function listenersOf(emitter: EventEmitter): Map<string | symbol, Listener[]> {
  emitter._events ??= new Map();
  return emitter._events;
}

export default class EventEmitter {
  declare _events?: Map<string | symbol, Listener[]>;

  static listenerCount(emitter: EventEmitter, type: string | symbol): number {
    return emitter.listenerCount(type);
  }

  on(type: string | symbol, listener: Listener): this {
    if (listenersOf(this).has('newListener')) this.emit('newListener', type, listener.listener ?? listener);
    listenersOf(this).set(type, [...(listenersOf(this).get(type) ?? []), listener]);
    return this;
  }

  addListener(type: string | symbol, listener: Listener): this {
    return this.on(type, listener);
  }

  once(type: string | symbol, listener: Listener): this {
    let fired = false;
    const wrapper: Listener = (...args: unknown[]) => {
      if (fired) return;
      fired = true;
      this.removeListener(type, wrapper);
      listener.apply(this, args);
    };
    wrapper.listener = listener;
    return this.on(type, wrapper);
  }

  removeListener(type: string | symbol, listener: Listener): this {
    const list = listenersOf(this).get(type);
    if (!list) return this;
    const index = list.findLastIndex((l) => l === listener || l.listener === listener);
    if (index < 0) return this;
    const removed = list[index] as Listener;
    // A new array, so an emit under way keeps calling the listeners it started with.
    const rest = list.filter((_, i) => i !== index);
    if (rest.length > 0) listenersOf(this).set(type, rest);
    else listenersOf(this).delete(type);
    if (listenersOf(this).has('removeListener')) this.emit('removeListener', type, removed.listener ?? removed);
    return this;
  }

  off(type: string | symbol, listener: Listener): this {
    return this.removeListener(type, listener);
  }

  removeAllListeners(type?: string | symbol): this {
    if (!listenersOf(this).has('removeListener')) {
      if (type === undefined) listenersOf(this).clear();
      else listenersOf(this).delete(type);
      return this;
    }
    // Someone listens for removals: tell them about each, as Node does (the removal listeners themselves last).
    const types = type === undefined ? [...listenersOf(this).keys()].filter((t) => t !== 'removeListener') : [type];
    for (const t of types) {
      for (const l of [...(listenersOf(this).get(t) ?? [])].reverse())
        EventEmitter.prototype.removeListener.call(this, t, l);
    }
    if (type === undefined) listenersOf(this).clear();
    return this;
  }

  emit(type: string | symbol, ...args: unknown[]): boolean {
    const list = listenersOf(this).get(type);
    if (!list) {
      if (type === 'error') throw args[0] instanceof Error ? args[0] : new Error(`Unhandled error: ${String(args[0])}`);
      return false;
    }
    for (const listener of list) listener.apply(this, args);
    return true;
  }

  listeners(type: string | symbol): Listener[] {
    return (listenersOf(this).get(type) ?? []).map((l) => l.listener ?? l);
  }

  listenerCount(type: string | symbol): number {
    return listenersOf(this).get(type)?.length ?? 0;
  }

  eventNames(): (string | symbol)[] {
    return [...listenersOf(this).keys()];
  }

  // PouchDB raises the limit for its many replications; this emitter has none to raise.
  setMaxListeners(_count: number): this {
    return this;
  }

  getMaxListeners(): number {
    return 0;
  }
}

for (const key of Object.getOwnPropertyNames(EventEmitter.prototype)) {
  if (key !== 'constructor') Object.defineProperty(EventEmitter.prototype, key, { enumerable: true });
}
