import { useTranslations } from "next-intl";
import { formatYuan } from "@/lib/engine/format";
import type { Lang } from "@/lib/engine/text";
import type { ReportModel, ReportNote } from "@/lib/report/model";
import { PUNCTUATION } from "@/lib/report/punctuation";

function Note({ note, close }: { note: ReportNote; close: string }) {
  return (
    <li className="space-y-0.5">
      <p className="font-medium">{note.title}</p>
      <p className="text-slate-800">{note.summary}</p>
      <p className="text-xs text-slate-700">{note.citation}</p>
      <ul className="list-disc pl-5">
        {note.lines.map((l) => (
          <li key={l}>{l}</li>
        ))}
      </ul>
      <p className="text-slate-800">{close}</p>
    </li>
  );
}

function Part({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-2">
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      <ul className="space-y-2 text-sm">{children}</ul>
    </section>
  );
}

/** Near misses (the gap and what closes it), open questions (the facts asked for), superseded clauses. */
export function ReportNotes({ model }: { model: ReportModel }) {
  const t = useTranslations("report");
  const money = (note: ReportNote, lang: Lang) => formatYuan(note.ceiling ?? 0, lang);
  const sep = model.lang === "zh" ? "、" : ", ";
  return (
    <>
      {model.nearMisses.length > 0 && (
        <Part id="report-near" title={t("nearTitle")}>
          {model.nearMisses.map((n) => (
            <Note
              key={n.key}
              note={n}
              close={
                n.ceiling !== null
                  ? t("nearClose", { amount: money(n, model.lang) })
                  : t("nearCloseNoAmount")
              }
            />
          ))}
        </Part>
      )}
      {model.openQuestions.length > 0 && (
        <Part id="report-open" title={t("openTitle")}>
          {model.openQuestions.map((n) => (
            <Note
              key={n.key}
              note={{ ...n, lines: [t("openClose", { list: n.lines.join(sep) })] }}
              close={n.ceiling !== null ? t("openCeiling", { amount: money(n, model.lang) }) : ""}
            />
          ))}
        </Part>
      )}
      {model.superseded.length > 0 && (
        <Part id="report-superseded" title={t("supersededTitle")}>
          {model.superseded.map((s) => (
            <li key={s.key}>
              {s.title}
              {s.by && `${PUNCTUATION[model.lang].colon}${t("supersededBy", { title: s.by })}`}
            </li>
          ))}
        </Part>
      )}
    </>
  );
}
