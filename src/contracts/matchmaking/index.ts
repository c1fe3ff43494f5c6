export * from "./agenda";
export * from "./meetings";
export * from "./participants";
export * from "./profiles";
export * from "./recommendations";
export * from "./requests";
export * from "./schedule";
export * from "./settings";
