import type { Core } from '@strapi/strapi';
import nodemailer, { type Transporter } from 'nodemailer';
import { env } from '../../env';
import { ROLE_CODES } from './actor';
import { z } from 'zod';

type Mail = { to: string[]; subject: string; text: string };
let transport: Transporter | null | undefined;

function mailer(): Transporter | null {
  if (transport === undefined) transport = env().SMTP_URL ? nodemailer.createTransport(env().SMTP_URL) : null;
  return transport;
}

/** Without SMTP_URL nothing is sent; a mail that fails is logged and never blocks the workflow. */
async function send(strapi: Core.Strapi, mail: Mail): Promise<void> {
  const t = mailer();
  if (!t || !mail.to.length) return;
  try {
    await t.sendMail({ from: env().MAIL_FROM, to: mail.to, subject: mail.subject, text: mail.text });
  } catch (err) {
    strapi.log.warn(`review notice "${mail.subject}" not sent: ${(err as Error).message}`);
  }
}

async function approverEmails(strapi: Core.Strapi): Promise<string[]> {
  const users = z.array(z.object({ email: z.string() })).parse(
    await strapi.db.query('admin::user').findMany({
      select: ['email'],
      where: { isActive: true, blocked: false, roles: { code: ROLE_CODES.approver } },
    }),
  );
  return users.map((u) => u.email);
}

const adminLink = (uid: string, documentId: string, locale: string) =>
  `${env().PUBLIC_URL ?? `http://localhost:${env().PORT}`}/admin/content-manager/collection-types/${uid}/${documentId}?plugins[i18n][locale]=${locale}`;

export function notifySubmitted(strapi: Core.Strapi, item: { uid: string; documentId: string; locale: string; title: string; by: string; comment?: string }): void {
  void approverEmails(strapi).then((to) =>
    send(strapi, {
      to,
      subject: `Zur Freigabe: ${item.title}`,
      text: `${item.by} hat „${item.title}“ (${item.locale}) zur Prüfung eingereicht.${item.comment ? `\n\nKommentar: ${item.comment}` : ''}\n\nPrüfen: ${adminLink(item.uid, item.documentId, item.locale)}\n`,
    }),
  );
}

export function notifyDecided(strapi: Core.Strapi, item: { uid: string; documentId: string; locale: string; title: string; to: string | null; approved: boolean; by: string; comment?: string | null }): void {
  if (!item.to) return;
  void send(strapi, {
    to: [item.to],
    subject: item.approved ? `Freigegeben: ${item.title}` : `Änderungen angefordert: ${item.title}`,
    text: `${item.by} hat „${item.title}“ (${item.locale}) ${item.approved ? 'freigegeben' : 'mit der Bitte um Änderungen zurückgegeben'}.${item.comment ? `\n\nKommentar: ${item.comment}` : ''}\n\n${adminLink(item.uid, item.documentId, item.locale)}\n`,
  });
}

/** ITD11 hears of each new message from the sites' forms; the message itself waits in the CMS. */
export function notifyInbox(strapi: Core.Strapi, item: { documentId: string; kind: string; subject: string }): void {
  const what = item.kind === 'accessibility' ? 'Barriere-Meldung' : 'Dialog-Nachricht';
  void approverEmails(strapi).then((to) =>
    send(strapi, {
      to,
      subject: `Neue ${what}: ${item.subject}`,
      text: `Über die Website ist eine neue ${what} eingegangen. Sie wird nicht veröffentlicht.\n\n${adminLink('api::inbox-message.inbox-message', item.documentId, 'de').replace(/\?plugins.*$/, '')}`,
    }),
  );
}
