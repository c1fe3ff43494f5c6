export * from "./datasets";
export * from "./flows";
export * from "./views";
