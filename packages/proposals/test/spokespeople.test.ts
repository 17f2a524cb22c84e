import { proposeStatements } from "../src";

const speakers = (text: string) => proposeStatements(text).map((proposal) => proposal.speakerName);

describe("spokespeople", () => {
  it("gives a spokesperson's words to whom they speak for, named or not", () => {
    const text = [
      "A spokeswoman for the Norland foreign ministry said the talks would resume.",
      "“Nothing is agreed,” a Kremlin spokesman said.",
      "A spokesman for the presidency, Ivo Lind, said the president was informed.",
      "State Department spokeswoman Ana Ruiz said the talks were over.",
    ].join("\n");
    expect(speakers(text)).toEqual(["Norland foreign ministry", "Kremlin", "presidency", "State Department"]);
  });

  it("keeps a named spokesperson's later words, by surname or pronoun, with whom they speak for", () => {
    const text = [
      "A spokesman for the presidency, Ivo Lind, said the president was informed.",
      "“Nothing is agreed,” Mr Lind said.",
      "“Nothing at all,” he added.",
    ].join("\n");
    expect(speakers(text)).toEqual(["presidency", "presidency", "presidency"]);
  });

  it("takes “he” or “she” after an unnamed spokesperson to the body they speak for", () => {
    const text = "A spokesman for the Free Dovre Council, reached by telephone, denied the charge. “We never touched a truck,” he said.";
    expect(speakers(text)).toEqual(["Free Dovre Council", "Free Dovre Council"]);
  });

  it("gives “his spokeswoman” to the person the pronoun is, and ends a body's name before where it sits", () => {
    const text = [
      "Tomas Reyk arrived late. His spokeswoman, Hanna Koskinen, said he would speak “at the end of the day”.",
      "A spokeswoman for the Marenian Embassy in Washington said a meeting was requested.",
    ].join("\n");
    expect(speakers(text)).toEqual(["Tomas Reyk", "Marenian Embassy"]);
  });
});
