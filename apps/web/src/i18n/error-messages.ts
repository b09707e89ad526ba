/**
 * The texts of the error page. It is a client component (Next's error boundary) and must not
 * pull the whole message catalogue into every page's JavaScript, so its few texts live here.
 */
export const errorMessages = {
  de: {
    title: 'Etwas ist schiefgegangen',
    text: 'Die Seite konnte gerade nicht geladen werden. Bitte versuchen Sie es gleich noch einmal.',
    retry: 'Erneut versuchen',
    home: 'Zur Startseite',
  },
  en: {
    title: 'Something went wrong',
    text: 'The page could not be loaded just now. Please try again in a moment.',
    retry: 'Try again',
    home: 'To the home page',
  },
} as const;
