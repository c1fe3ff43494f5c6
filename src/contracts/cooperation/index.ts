export * from "./opportunities";
export * from "./value-chains";
