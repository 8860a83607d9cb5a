/**
 * A treaty's name as a message writes it after a preposition: "the Intermediate-Range Nuclear
 * Forces Treaty", but "New START", "Minsk II", "SALT I", "AUKUS" and "Resolution 2231", which take no article.
 */
export const theName = (name: string) => (/^(?:New\s)?[A-Z]{2,}(?:\s[IVX]+)?$|^\p{Lu}\p{Ll}+\s[IVX]+$|\sResolution\s\d+$/u.test(name) ? name : `the ${name}`);
