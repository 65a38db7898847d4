import type { Bulletin } from '@/lib/content/types';

/** The bulletin's own closing block: department and contacts, as printed. */
export function ContactFooter({ bulletin }: { bulletin: Bulletin }) {
  return (
    <footer className="mt-10 border-t border-line pt-4 text-sm">
      <p>{bulletin.department}</p>
      <p>
        联系电话：
        {bulletin.contacts.phones.map((phone, i) => (
          <span key={phone}>
            {i > 0 && '/'}
            <a href={`tel:${phone}`}>{phone}</a>
          </span>
        ))}
      </p>
      <p>
        电子邮箱：
        {bulletin.contacts.emails.map((email, i) => (
          <span key={email}>
            {i > 0 && ' /'}
            <a href={`mailto:${email}`}>{email}</a>
          </span>
        ))}
      </p>
    </footer>
  );
}
