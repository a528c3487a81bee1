export interface ReceivedRequest {
  method: string;
  path: string;
  body: string;
}

export interface TeamServer {
  /** The proxy's base URL, what the extension is given. */
  url: string;
  /** Every request the server received, in order, with its body. */
  received: ReceivedRequest[];
  createDatabase(name: string, members: string[]): Promise<void>;
  createUser(name: string, password: string): Promise<void>;
  allDocs(database: string): Promise<Record<string, unknown>[]>;
  putDoc(database: string, doc: Record<string, unknown>): Promise<unknown>;
  down(): Promise<void>;
  up(): Promise<void>;
  stop(): Promise<void>;
}

export function startTeamServer(): Promise<TeamServer>;
