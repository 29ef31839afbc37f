/**
 * Pathological pages for `bench:page` and the e2e tests, as HTML text. Each opens with a mention
 * ("Keir Starmer") at the top, so the time to the first visible highlight can be read; the bulk is
 * built by an inline script where HTML cannot express it (a million text nodes in one block, one
 * 50 MB text node), or written out as HTML (blocks, paragraphs, list items, frames).
 */
export interface HugePage {
  name: string;
  html: string;
}

const head = '<!doctype html><html><head><meta charset="utf-8"><title>Huge</title></head><body>';
const top = '<h1>Keir Starmer met Emmanuel Macron</h1>';
const page = (body: string) => `${head}${top}${body}</body></html>`;

/** One block holding `count` text nodes, made by a script while the page parses. */
export function textNodesPage(count: number): HugePage {
  return {
    name: `${count / 1000}k text nodes in one block`,
    html: page(
      `<p id="many"></p><script>{const p=document.getElementById('many');const f=document.createDocumentFragment();for(let i=0;i<${count};i++)f.appendChild(document.createTextNode(i%5000===0?'Giorgia Meloni ':'word '));p.appendChild(f);}</script>`,
    ),
  };
}

/** `count` paragraphs of eleven text nodes each (words and emphasis). */
export function paragraphsPage(count: number): HugePage {
  const p =
    '<p>one <b>two</b> three <i>four</i> five <em>six</em> seven <a href="#">eight</a> nine <b>ten</b> eleven</p>';
  return { name: `${count / 1000}k paragraphs`, html: page(p.repeat(count)) };
}

/** One text node of `megabytes` MB (UTF-16), with mentions near its start and its end. */
export function bigTextNodePage(megabytes: number): HugePage {
  const chars = (megabytes * 1e6) / 2;
  return {
    name: `${megabytes} MB text node`,
    html: page(
      `<p id="big"></p><script>{const unit='and so the talks went on ';document.getElementById('big').appendChild(document.createTextNode('Keir Starmer spoke. '+unit.repeat(Math.floor(${chars}/unit.length))+' Vladimir Putin replied.'));}</script>`,
    ),
  };
}

/** `count` block elements with one short word each. */
export function blocksPage(count: number): HugePage {
  return { name: `${count / 1000}k blocks`, html: page('<div>x</div>'.repeat(count)) };
}

/** A list of `count` items, a mention every thousand. */
export function listPage(count: number): HugePage {
  const items: string[] = [];
  for (let i = 0; i < count; i++)
    items.push(i % 1000 === 999 ? '<li>Volodymyr Zelenskyy</li>' : `<li>item ${i}</li>`);
  return { name: `${count / 1000}k list items`, html: page(`<ul>${items.join('')}</ul>`) };
}

/** `count` empty frames (about:blank) below the mention. */
export function framesPage(count: number): HugePage {
  return {
    name: `${count} empty frames`,
    html: page('<iframe width="20" height="20"></iframe>'.repeat(count)),
  };
}
