/** Issue 17's routes, as Lighthouse visits them: the day, its lanes, a range, an actor, a source, a search and a comparison. */
export const lighthouseRoutes = [
  "/",
  "/?view=lanes",
  "/range",
  "/actors/sergei-lavrov",
  "/sources/2014-03-14-kerry-lavrov-london",
  "/search?q=respecting+choices",
  "/compare?actors=john-kerry,sergei-lavrov&topic=choices-of-ukrainians",
];
