import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClaimId } from '../schema/claims';
import { splitClaimMentions } from '../schema/claimMentions';
import { useTipDialog } from './TipDialog';

/** A tip ID as a button that opens the tip; named "Tip T02: <title>" so the name says where it leads. */
export function TipLink({ id }: { id: ClaimId }) {
  const { t } = useTranslation('tips');
  const { openTip } = useTipDialog();
  return (
    <button
      type="button"
      className="tip-link"
      aria-haspopup="dialog"
      aria-label={t('linkName', { id, title: t(`claims.${id}.title`) })}
      onClick={(event) => openTip(id, event.currentTarget)}
    >
      {id}
    </button>
  );
}

/** Tip IDs as links, with `separator` between them: a lesson's claims, a verdict's tips. */
export function TipLinks({ ids, separator }: { ids: readonly ClaimId[]; separator: string }) {
  return ids.map((id, i) => (
    <Fragment key={id}>
      {i > 0 && separator}
      <TipLink id={id} />
    </Fragment>
  ));
}

/** A text in which every tip ID ("… through depth (T02).") is a link to the tip; the rest is shown as it is. */
export function TipText({ text }: { text: string }) {
  return splitClaimMentions(text).map((part, i) =>
    part.kind === 'text' ? <Fragment key={i}>{part.text}</Fragment> : <TipLink key={i} id={part.id} />,
  );
}
