// CITATION.cff, which GitHub's "Cite this repository" and reference managers read: valid CFF 1.2.0 in the keys
// they need, citing the dataset under its licences, with the essay it is drawn from as the work it references.
import { dataset } from "@alignment/data";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { readRepoFile } from "../support/repository.ts";

const citation = parse(readRepoFile("CITATION.cff"));

describe("CITATION.cff", () => {
  it("has the keys that CFF 1.2.0 requires", () => {
    expect(citation["cff-version"]).toBe("1.2.0");
    for (const key of ["message", "title"]) expect(typeof citation[key], key).toBe("string");
    expect(citation.authors.length).toBeGreaterThan(0);
    for (const author of citation.authors) {
      // A CFF author is a person (family-names) or an entity (name).
      expect(typeof (author["family-names"] ?? author.name), JSON.stringify(author)).toBe("string");
    }
  });

  it("cites the dataset under the licences that its files state", () => {
    expect(citation.type).toBe("dataset");
    expect(citation.license).toEqual(["CC-BY-4.0", "MIT"]);
    expect(readRepoFile("DATA-LICENSE.md")).toContain("CC-BY-4.0");
    expect(readRepoFile("LICENSE")).toMatch(/^MIT License/);
    expect(citation.authors).toEqual([{ name: "the Alignment developers" }]);
    expect(readRepoFile("LICENSE")).toContain("Copyright (c) 2026 the Alignment developers");
  });

  it("references the essay as the dataset describes it", () => {
    const { meta } = dataset;
    const [essay, ...others] = citation.references;
    expect(others).toEqual([]);
    expect(essay).toEqual({
      type: "report",
      title: `${meta.title}: ${meta.subtitle}`,
      authors: [{ "family-names": "Stoner", "given-names": "Kathryn" }],
      institution: { name: meta.affiliation },
      year: Number(meta.published.start.slice(0, 4)),
      month: Number(meta.published.start.slice(5, 7)),
    });
    expect(meta.author).toBe("Kathryn Stoner");
  });
});
