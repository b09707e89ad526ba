import { notFound } from 'next/navigation';

// Unknown paths inside a site get that site's localised 404 page.
export default function CatchAll() {
  notFound();
}
