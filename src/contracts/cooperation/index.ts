export * from "./deals";
export * from "./opportunities";
export * from "./value-chains";
