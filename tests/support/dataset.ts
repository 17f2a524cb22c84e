/** The events of 14 March 2014 in the shipped dataset, in the order they happened. */
export const eventTitlesOfTheDay = [
  "William Hague on the coming talks and the referendum",
  "Kerry and Lavrov hold talks in London",
  "The Russian foreign ministry posts that the talks have resumed",
  "John Kerry's press conference after the talks",
  "Sergei Lavrov's press conference after the talks",
];
