/** har-validator ships no types: the one function the suite uses. It rejects with the schema's errors. */
declare module 'har-validator' {
  const validator: { har(data: unknown): Promise<unknown> };
  export default validator;
}
