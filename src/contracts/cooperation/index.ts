export * from "./agendas";
export * from "./deals";
export * from "./opportunities";
export * from "./value-chains";
