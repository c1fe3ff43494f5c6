export type WalkingRouteErrorCode = "invalid-request" | "too-many-stops" | "unknown-booth" | "duplicate-stop" | "unreachable-booth" | "blocked-entrance";

/**
 * A tour that cannot be planned as asked. A RangeError, because every cause is an argument out of
 * range; `code` and `boothNumber` let a service turn it into a problem response naming the booth.
 */
export class WalkingRouteError extends RangeError {
  readonly code: WalkingRouteErrorCode;
  readonly boothNumber: string | null;

  constructor(code: WalkingRouteErrorCode, message: string, boothNumber: string | null = null) {
    super(message);
    this.name = "WalkingRouteError";
    this.code = code;
    this.boothNumber = boothNumber;
  }
}
