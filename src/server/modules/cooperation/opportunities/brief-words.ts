import type { TLanguage } from "../../../../contracts/common";
import type { TOpportunity } from "../../../../contracts/cooperation";

type Sentence = (v: { producer: string; market: string; stage: string; input: string }) => string;
type Words = {
  brief: string;
  kind: Record<TOpportunity["kind"], { label: string; sentence: Sentence }>;
  imports: (side: string, stage: string, year: number) => string;
  bothImport: (stage: string, year: number) => string;
  exports: (side: string, stage: string, year: number) => string;
  untapped: (from: string, to: string) => string;
  candidates: (side: string) => string;
  none: string;
  source: (dataset: string) => string;
  synthetic: string;
  estimate: string;
};

/** The fixed words of a one-page opportunity brief, in the four languages the platform speaks. */
export const BRIEF_WORDS: Record<TLanguage, Words> = {
  en: {
    brief: "Joint enterprise opportunity",
    kind: {
      "process-inputs": {
        label: "Process local inputs",
        sentence: (v) => `${v.producer} exports ${v.input} and ${v.market} imports ${v.stage}: make ${v.stage} in ${v.producer}`,
      },
      "capacity-meets-demand": {
        label: "Capacity meets demand",
        sentence: (v) => `Companies in ${v.producer} make ${v.stage}, which ${v.market} is looking for`,
      },
      "missing-stage": { label: "Missing stage", sentence: (v) => `Neither side makes ${v.stage}, both import it, and ${v.producer} has ${v.input}` },
    },
    imports: (side, stage, year) => `${side} imports of ${stage}, ${year}`,
    bothImport: (stage, year) => `Both sides' imports of ${stage}, ${year}`,
    exports: (side, stage, year) => `${side} exports of ${stage}, ${year}`,
    untapped: (from, to) => `Untapped potential ${from} → ${to}`,
    candidates: (side) => `Candidates in ${side}`,
    none: "No company in the directory yet",
    source: (dataset) => `Trade figures: ${dataset}.`,
    synthetic: "These trade figures are synthetic demo data, not official statistics.",
    estimate: "Untapped potential is an estimate (see the method in Hamkori's documentation).",
  },
  ru: {
    brief: "Возможность для совместного предприятия",
    kind: {
      "process-inputs": {
        label: "Переработка на месте",
        sentence: (v) => `${v.producer} экспортирует ${v.input}, а ${v.market} импортирует ${v.stage}: производить ${v.stage} в ${v.producer}`,
      },
      "capacity-meets-demand": { label: "Мощности и спрос", sentence: (v) => `Компании ${v.producer} производят ${v.stage}, что ищет ${v.market}` },
      "missing-stage": {
        label: "Недостающее звено",
        sentence: (v) => `Ни одна сторона не производит ${v.stage}, обе импортируют, а у ${v.producer} есть ${v.input}`,
      },
    },
    imports: (side, stage, year) => `Импорт ${stage}: ${side}, ${year}`,
    bothImport: (stage, year) => `Импорт ${stage} обеими сторонами, ${year}`,
    exports: (side, stage, year) => `Экспорт ${stage}: ${side}, ${year}`,
    untapped: (from, to) => `Нереализованный потенциал ${from} → ${to}`,
    candidates: (side) => `Кандидаты: ${side}`,
    none: "В каталоге пока нет компаний",
    source: (dataset) => `Торговые данные: ${dataset}.`,
    synthetic: "Эти торговые данные сгенерированы для демонстрации и не являются официальной статистикой.",
    estimate: "Нереализованный потенциал — оценка (метод описан в документации Hamkori).",
  },
  tg: {
    brief: "Имконияти корхонаи муштарак",
    kind: {
      "process-inputs": {
        label: "Коркарди ашёи маҳаллӣ",
        sentence: (v) => `${v.producer} ${v.input} содир мекунад ва ${v.market} ${v.stage} ворид мекунад: ${v.stage}-ро дар ${v.producer} истеҳсол кунед`,
      },
      "capacity-meets-demand": { label: "Иқтидор ва талабот", sentence: (v) => `Ширкатҳои ${v.producer} ${v.stage} истеҳсол мекунанд, ки ${v.market} меҷӯяд` },
      "missing-stage": {
        label: "Зинаи нокифоя",
        sentence: (v) => `Ҳеҷ як тараф ${v.stage} истеҳсол намекунад, ҳарду ворид мекунанд ва ${v.producer} ${v.input} дорад`,
      },
    },
    imports: (side, stage, year) => `Воридоти ${stage}: ${side}, ${year}`,
    bothImport: (stage, year) => `Воридоти ${stage} аз ҷониби ҳарду тараф, ${year}`,
    exports: (side, stage, year) => `Содироти ${stage}: ${side}, ${year}`,
    untapped: (from, to) => `Иқтидори истифоданашуда ${from} → ${to}`,
    candidates: (side) => `Номзадҳо: ${side}`,
    none: "Дар феҳрист ҳоло ширкате нест",
    source: (dataset) => `Маълумоти савдо: ${dataset}.`,
    synthetic: "Ин маълумоти савдо барои намоиш сохта шудааст ва омори расмӣ нест.",
    estimate: "Иқтидори истифоданашуда арзёбӣ аст (усул дар ҳуҷҷатҳои Hamkori).",
  },
  ky: {
    brief: "Биргелешкен ишкана мүмкүнчүлүгү",
    kind: {
      "process-inputs": {
        label: "Жергиликтүү чийки затты иштетүү",
        sentence: (v) => `${v.producer} ${v.input} экспорттойт, ${v.market} ${v.stage} импорттойт: ${v.stage} ${v.producer} аймагында өндүрүү`,
      },
      "capacity-meets-demand": {
        label: "Кубаттуулук жана суроо-талап",
        sentence: (v) => `${v.producer} компаниялары ${v.stage} өндүрөт, аны ${v.market} издейт`,
      },
      "missing-stage": {
        label: "Жетишпеген баскыч",
        sentence: (v) => `Эч бир тарап ${v.stage} өндүрбөйт, экөө тең импорттойт, ал эми ${v.producer} тарапта ${v.input} бар`,
      },
    },
    imports: (side, stage, year) => `${stage} импорту: ${side}, ${year}`,
    bothImport: (stage, year) => `Эки тараптын ${stage} импорту, ${year}`,
    exports: (side, stage, year) => `${stage} экспорту: ${side}, ${year}`,
    untapped: (from, to) => `Пайдаланылбаган мүмкүнчүлүк ${from} → ${to}`,
    candidates: (side) => `Талапкерлер: ${side}`,
    none: "Каталогдо азырынча компания жок",
    source: (dataset) => `Соода маалыматтары: ${dataset}.`,
    synthetic: "Бул соода маалыматтары демонстрация үчүн түзүлгөн, расмий статистика эмес.",
    estimate: "Пайдаланылбаган мүмкүнчүлүк — баалоо (ыкмасы Hamkori документтеринде).",
  },
};
