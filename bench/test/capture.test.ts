import { loadArticles } from "../capture/articles";
import { missedTargets, scoreArticle } from "../capture/score";

// A change to the rules that costs accuracy fails here: every article must meet every target.
describe.each(loadArticles().map((article) => [article.name, article] as const))("the capture of %s", (_name, article) => {
  it("meets the targets: direct quotes F1 ≥ 95%, speakers ≥ 95%, reported speech recall ≥ 75%", () => {
    const score = scoreArticle(article);
    expect({ missed: missedTargets(score), misses: missedTargets(score).length > 0 ? score.misses : [] }).toEqual({
      missed: [],
      misses: [],
    });
  });
});
