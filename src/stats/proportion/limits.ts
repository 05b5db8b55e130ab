/** Lower and upper confidence limits. @internal */
export interface Limits {
  lower: number;
  upper: number;
}
