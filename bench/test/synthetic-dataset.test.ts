import { checkDataset } from "@parley/db";
import { syntheticDataset } from "../import/synthetic-dataset";

// npm run bench:import measures importing these files: the import must take them as they are.
describe("the import bench's synthetic dataset file", () => {
  it("passes the import's checks", () => {
    const plan = checkDataset(syntheticDataset(300));
    expect(plan.statements).toHaveLength(300);
    expect(plan.sources).toHaveLength(3);
  });
});
