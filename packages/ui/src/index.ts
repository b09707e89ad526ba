export { SkipLink } from './SkipLink.js';
export { SiteHeader, type NavLink, type SiteHeaderProps } from './SiteHeader.js';
export { SiteFooter } from './SiteFooter.js';
export { SearchForm, type SearchFormProps } from './SearchForm.js';
export { Teaser, TeaserList, type TeaserProps } from './Teaser.js';
export { Pagination, type PaginationProps } from './Pagination.js';
export { RichText, type RichTextBlock, type RichTextInline, type RichTextList } from './RichText.js';
export { SearchCombobox, type SearchComboboxProps, type Suggestion } from './SearchCombobox.js';
