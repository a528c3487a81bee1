import { describe, expect, it } from 'vitest';
import EventEmitter from '@/lib/sync/event-emitter';

// The semantics PouchDB relies on (lib/sync/event-emitter.ts); without them its replication never settles.
describe('EventEmitter for PouchDB', () => {
  it('works on objects made without its constructor, as pouchdb-core makes its databases', () => {
    const db = Object.create(EventEmitter.prototype) as EventEmitter;
    let calls = 0;
    db.once('destroyed', () => calls++);
    expect(db.listenerCount('destroyed')).toBe(1);
    db.emit('destroyed');
    db.emit('destroyed');
    expect(calls).toBe(1);
    expect(db.listenerCount('destroyed')).toBe(0);
  });

  it('fires a once listener once even when a subclass overrides removeListener (pouchdb-utils Changes)', () => {
    class Changes extends EventEmitter {
      override removeListener(_dbName: string | symbol, _id: unknown): this {
        return this;
      }
    }
    const changes = new Changes();
    let calls = 0;
    changes.once('db', () => calls++);
    changes.emit('db');
    changes.emit('db');
    expect(calls).toBe(1);
  });

  it('removes one listener by the function given to once, and calls those present when emit began', () => {
    const emitter = new EventEmitter();
    const seen: string[] = [];
    const second = () => seen.push('second');
    emitter.on('change', () => {
      seen.push('first');
      emitter.removeListener('change', second);
    });
    emitter.on('change', second);
    emitter.emit('change');
    emitter.emit('change');
    expect(seen).toEqual(['first', 'second', 'first']);
    const complete = () => seen.push('complete');
    emitter.once('complete', complete);
    emitter.removeListener('complete', complete);
    expect(emitter.emit('complete')).toBe(false);
  });

  it('throws an unhandled error, and is copied whole by Object.keys of its prototype as PouchDB does', () => {
    expect(() => new EventEmitter().emit('error', new Error('boom'))).toThrow('boom');
    expect(Object.keys(EventEmitter.prototype)).toEqual(
      expect.arrayContaining(['on', 'once', 'emit', 'removeListener', 'removeAllListeners', 'listenerCount']),
    );
    expect(EventEmitter.listenerCount(new EventEmitter(), 'x')).toBe(0);
  });
});
