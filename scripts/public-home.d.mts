// Types for public-home.mjs, for its TypeScript importers (the repository tests).

export interface PublicHome {
  /** `<owner>/<name>` on GitHub. */
  repository: string;
  /** The `repository.url` it was read from: git+https://github.com/<owner>/<name>.git */
  git: string;
  /** The repository's page: https://github.com/<owner>/<name> */
  code: string;
  /** Where bugs are reported. */
  issues: string;
  /** The GitHub Pages site that pages.yml deploys: the deck at its root. */
  site: string;
  /** The fact explorer on that site, where the deck's source links point. */
  explorer: string;
}

export function repositoryHome(): PublicHome;
