import nodemailer from "nodemailer";
import type { Db } from "./db";
import { newId } from "./ids";
import { insertOutboxMessage } from "./outbox.repository";

export type MailAttachment = { filename: string; content: Buffer; contentType: string };
/** `secret`: the text holds a one-time link (password reset, e-mail check) that signs its reader in. */
export type MailMessage = { to: string; subject: string; text: string; secret?: boolean; attachments?: MailAttachment[] };

const WITHHELD = "(Text not kept: the message held a one-time link and was delivered by e-mail.)";
export type Mailer = { send(message: MailMessage): Promise<void> };

/**
 * Every message is kept in the outbox. With SMTP configured it is also sent and marked `sent`
 * (or `failed` with the reason); without SMTP an administrator reads it in the app and passes
 * links on by hand.
 */
export function createMailer(db: Db, smtpUrl: string | undefined, from: string): Mailer {
  const transport = smtpUrl ? nodemailer.createTransport(smtpUrl) : null;
  return {
    async send({ secret, attachments, ...message }) {
      let status = "stored";
      let error: string | null = null;
      if (transport) {
        try {
          await transport.sendMail({ from, ...message, attachments });
          status = "sent";
        } catch (cause) {
          status = "failed";
          error = cause instanceof Error ? cause.message : String(cause);
        }
      }
      // Once delivered, a one-time link in the outbox would only let administrators take accounts over.
      const text = secret && status === "sent" ? WITHHELD : message.text;
      // The outbox is read by people, not mail clients: the files are named, their bytes not kept.
      const listed = attachments?.length ? `${text}\n\n[Attached: ${attachments.map((a) => a.filename).join(", ")}]` : text;
      await insertOutboxMessage(db, { id: newId(), ...message, text: listed, status, error });
    },
  };
}
