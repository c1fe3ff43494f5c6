import nodemailer from "nodemailer";
import type { Db } from "./db";
import { newId } from "./ids";
import { insertOutboxMessage } from "./outbox.repository";

export type MailMessage = { to: string; subject: string; text: string };
export type Mailer = { send(message: MailMessage): Promise<void> };

/**
 * Every message is kept in the outbox. With SMTP configured it is also sent and marked `sent`
 * (or `failed` with the reason); without SMTP an administrator reads it in the app.
 */
export function createMailer(db: Db, smtpUrl: string | undefined, from: string): Mailer {
  const transport = smtpUrl ? nodemailer.createTransport(smtpUrl) : null;
  return {
    async send(message) {
      let status = "stored";
      let error: string | null = null;
      if (transport) {
        try {
          await transport.sendMail({ from, ...message });
          status = "sent";
        } catch (cause) {
          status = "failed";
          error = cause instanceof Error ? cause.message : String(cause);
        }
      }
      await insertOutboxMessage(db, { id: newId(), ...message, status, error });
    },
  };
}
