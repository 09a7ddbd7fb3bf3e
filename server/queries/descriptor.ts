// The typed descriptor of a saved analyst query: cypher/queries/<id>.ts default-exports one,
// beside cypher/queries/<id>.cypher holding the query text. The API lists and runs them
// generically; the client builds its form from the JSON schema of `params`.
import type { z } from "zod";

export interface QueryDescriptor<P extends z.ZodObject = z.ZodObject> {
  id: string;
  title: string;
  description: string;
  /** Parameters the query reads as $name; defaults make the query runnable with no input. */
  params: P;
}

export const defineQuery = <P extends z.ZodObject>(d: QueryDescriptor<P>): QueryDescriptor<P> => d;
