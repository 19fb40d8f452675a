// The one organisation-name reader every stage uses: names by legal-form
// suffix (names.ts), names by brand (brands.ts), and how to tell whether a
// name is the operator's own.
export { BRANDS, findBrands, type BrandRow } from './brands';
export { nameKey } from './key';
export { productKey } from './own';
export {
  findBracketedNames,
  findOrgNames,
  findProductNames,
  GENERIC_HEADS,
  isOperator,
  NAME_BOUNDARY_EXCEPTIONS,
  NAME_BOUNDARY_WORDS,
  ORG_NAME,
  ORG_SUFFIXES,
  type NamedText,
  type OrgName,
} from './names';
