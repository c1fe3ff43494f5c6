export * from "./applications";
export * from "./check-ins";
export * from "./floor-plans";
export * from "./forums";
export * from "./registrations";
export * from "./shared";
export * from "./stats";
export * from "./tours";
