interface Table<T> {
  list(options: { limit: number }): Promise<T[]>;
  find(id: string): Promise<T | undefined>;
  create(value: unknown): Promise<T & { id: string }>;
  remove(id: string): Promise<void>;
}

export declare const db: { users: Table<{ id: string; name: string }> };
