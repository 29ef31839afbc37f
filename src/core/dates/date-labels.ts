/**
 * What the words just before a date say it dates: the publication ("Published", "Publié le",
 * "发布"), an update ("Updated", "Stand:", "更新"), or a life's event on an obituary or a
 * biography ("Born", "Died", "geboren", "†"), which is no publication of the page.
 */
export type DateLabel = 'published' | 'modified' | 'event' | null;

const PUBLISHED =
  /(?:published|posted|publi(?:é|e)e?|paru|mis en ligne|veröffentlicht|veröffentlichung|erschienen|online seit|(?:beitrag|artikel|meldung|pressemitteilung|pressemeldung|mitteilung|nachricht|eintrag|bericht)\s+vom|publicación|publicação|pubblicazione|publicării|gepubliceerd|publicad[oa]|pubblicat[oa]|опубліковано|опубликовано|публикувано|објављено|objavljeno|opublikowano|publikacji|utworzenia|diterbitkan|dipublikasikan|đăng ngày|đăng lúc|ngày đăng|đăng tải|publikováno|publicerad|publisert|dateline|erstellt|geplaatst|yay[ıi]nlan(?:ma|d[ıi])|yay[ıi]mlan(?:ma|d[ıi])|publiceret|julkaistu|közzétéve|megjelent|publicat[ăa]?|δημοσιεύθηκε|δημοσίευση|פורסם|تاريخ النشر|نُشر|نشر في|发布|發布|发表|發表|公開|公开|投稿|配信|掲載|입력|게재|प्रकाशित|पब्लिश|تاریخ انتشار|منتشر شده|เผยแพร่)(?![a-zà-ɏа-ѿͰ-Ͽ\u0590-\u05ff\u0600-\u06ff])[^0-9]{0,50}$/i;
const MODIFIED =
  /(?:updated?|modified|revised|edited(?!\s+by)|aktualisiert|geändert|änderung|bearbeitet(?!\s+von)|dernière modification|modificad[oa]|stand\s*:|mis(?:e)? à jour|modifié|bijgewerkt|gewijzigd|actualizad[oa]|aggiornat[oa]|modific(?:a|ato|ata)|оновлено|обновлено|zaktualizowano|aktualizacja|aktualizacji|diperbarui|dikemas kini|cập nhật|aktualizováno|uppdaterad|oppdatert|atualizad[oa]|güncellen(?:me|di)|güncelleme|opdateret|päivitetty|frissítve|frissítés|módosítva|actualizat[ăa]?|actualizare|ενημερώθηκε|ενημέρωση|עודכן|آخر تحديث|تحديث|更新|수정|अपडेटेड|अपडेट|अद्यतन|به‌روزرسانی|بروزرسانی|به روز رسانی|ปรับปรุงล่าสุด|อัปเดต)(?![a-zà-ɏа-ѿͰ-Ͽ\u0590-\u05ff\u0600-\u06ff])[^0-9]{0,30}$/i;
/**
 * Verbs of writing that a byline opens with ("Written by Greg on", "Geschrieben am", "Inserito
 * il"): a publication label only at the start of the text before the date or after a separator,
 * since prose uses them of other days ("The first draft, written on May 3, 2018, …").
 */
const WRITTEN =
  /(?:^|[|·•]\s*)(?:written|submitted|écrit|rédigé|geschrieben|verfasst|eingestellt|gepostet|geschreven|escrito|scritto|inserito|dodano)(?![a-zà-ɏа-ѿ])[^0-9]{0,50}$/i;
/**
 * A field named only "Date" opening its line ("Date: 23 June 2014", "Datum: 13.05.2013", "Fecha:
 * 12/03/2019"): on a page that is a report or a notice, its own day. Not "Event date:" or "Due
 * date:", whose word before names another day.
 */
const DATE_FIELD = /(?:^|[|·•,;]\s*)(?:date|datum|fecha)\s*:\s*$/i;
/**
 * A birth or a death written just before the date ("Born: April 2, 1950", "gestorben am",
 * "décédée le", "* 12. März 1950", "† 5. Juni 2024"): a few words at most between.
 */
const LIFE_EVENT =
  /(?:(?<![a-zà-ɏ])(?:born|died|passed away|geboren|gestorben|verstorben|décédée?|nacid[oa]|fallecid[oa]|decedut[oa]|overleden|urodzon[ya]|zmarł[a]?|родил(?:ся|ась)|умер(?:ла)?|народи(?:вся|лася)|помер(?:ла)?)(?![a-zà-ɏа-ѿ])[^0-9]{0,20}|(?:^|[\s(])[*†✝]\s*(?:am\s+|le\s+)?)$/i;
/** The same words that are other words in capitals ("NATO", "Nato", "Mort Zuckerman"): lower case only. */
const LIFE_EVENT_LOWER = /(?<![a-zà-ɏ])(?:née?|morte?|nat[oa]|mort[oa])(?![a-zà-ɏ])[^0-9]{0,20}$/;

/**
 * The label the text just before a date (`before`, its last few dozen characters) gives it: of
 * the labels there, the one written nearest the date ("Nato summit | Published 5 March").
 */
export function labelBefore(before: string): DateLabel {
  let label: DateLabel = null;
  let at = -1;
  for (const [kind, pattern] of LABELS) {
    const found = pattern.exec(before);
    if (found && found.index > at) {
      label = kind;
      at = found.index;
    }
  }
  return label;
}

const LABELS: [Exclude<DateLabel, null>, RegExp][] = [
  ['event', LIFE_EVENT],
  ['event', LIFE_EVENT_LOWER],
  ['modified', MODIFIED],
  ['published', PUBLISHED],
  ['published', WRITTEN],
  ['published', DATE_FIELD],
];
