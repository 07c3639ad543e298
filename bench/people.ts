import type { BenchOptions } from "./index";

export async function run(_o: BenchOptions): Promise<void> {
  console.log("not measured yet");
}
