import type { TLanguage } from "../../../../contracts/common";
import type { TAgenda } from "../../../../contracts/cooperation";

type Words = {
  roadmap: string;
  areas: string;
  meetings: string;
  commitments: string;
  targets: string;
  none: string;
  owner: string;
  due: string;
  overdue: string;
  target: string;
  actual: string;
  reported: string;
  deals: (count: number) => string;
  status: Record<TAgenda["commitments"][number]["status"], string>;
  kind: Record<TAgenda["targets"][number]["kind"], string>;
  area: Record<TAgenda["priorityAreas"][number], string>;
};

/** The fixed words of a printed roadmap, in the four languages the platform speaks. */
export const ROADMAP_WORDS: Record<TLanguage, Words> = {
  en: {
    roadmap: "Cooperation roadmap",
    areas: "Priority areas",
    meetings: "High-level meetings",
    commitments: "Commitments",
    targets: "Targets",
    none: "None yet.",
    owner: "Owner",
    due: "Due",
    overdue: "overdue",
    target: "Target",
    actual: "Actual",
    reported: "Reported",
    deals: (count) => `${count} deal${count === 1 ? "" : "s"} delivering it`,
    status: { planned: "planned", in_progress: "in progress", done: "done", cancelled: "cancelled" },
    kind: {
      turnover_usd: "Trade turnover, USD",
      joint_enterprises: "Joint enterprises created",
      scholarships_offered: "Scholarships offered",
      scholarships_awarded: "Scholarships awarded",
    },
    area: {
      industry: "Industry",
      energy: "Energy",
      machine_engineering: "Machine engineering",
      transport: "Transport",
      construction: "Construction",
      agriculture: "Agriculture",
      textiles: "Textiles",
      pharmaceuticals: "Pharmaceuticals",
      culture: "Culture",
      humanitarian_tourism: "Humanitarian ties and tourism",
      education: "Education",
    },
  },
  ru: {
    roadmap: "Дорожная карта сотрудничества",
    areas: "Приоритетные направления",
    meetings: "Встречи на высоком уровне",
    commitments: "Обязательства",
    targets: "Целевые показатели",
    none: "Пока нет.",
    owner: "Ответственный",
    due: "Срок",
    overdue: "просрочено",
    target: "Цель",
    actual: "Факт",
    reported: "Заявлено",
    deals: (count) => `сделок, выполняющих его: ${count}`,
    status: { planned: "запланировано", in_progress: "выполняется", done: "выполнено", cancelled: "отменено" },
    kind: {
      turnover_usd: "Товарооборот, USD",
      joint_enterprises: "Созданные совместные предприятия",
      scholarships_offered: "Предложенные стипендии",
      scholarships_awarded: "Выделенные стипендии",
    },
    area: {
      industry: "Промышленность",
      energy: "Энергетика",
      machine_engineering: "Машиностроение",
      transport: "Транспорт",
      construction: "Строительство",
      agriculture: "Сельское хозяйство",
      textiles: "Текстильная промышленность",
      pharmaceuticals: "Фармацевтика",
      culture: "Культура",
      humanitarian_tourism: "Гуманитарные связи и туризм",
      education: "Образование",
    },
  },
  tg: {
    roadmap: "Харитаи роҳи ҳамкорӣ",
    areas: "Самтҳои афзалиятнок",
    meetings: "Вохӯриҳои сатҳи баланд",
    commitments: "Ӯҳдадориҳо",
    targets: "Нишондиҳандаҳои мақсаднок",
    none: "Ҳоло нест.",
    owner: "Масъул",
    due: "Мӯҳлат",
    overdue: "мӯҳлаташ гузашта",
    target: "Мақсад",
    actual: "Воқеӣ",
    reported: "Эълоншуда",
    deals: (count) => `аҳдҳое, ки онро иҷро мекунанд: ${count}`,
    status: { planned: "ба нақша гирифта шуд", in_progress: "дар иҷро", done: "иҷро шуд", cancelled: "бекор шуд" },
    kind: {
      turnover_usd: "Гардиши мол, USD",
      joint_enterprises: "Корхонаҳои муштараки таъсисёфта",
      scholarships_offered: "Стипендияҳои пешниҳодшуда",
      scholarships_awarded: "Стипендияҳои додашуда",
    },
    area: {
      industry: "Саноат",
      energy: "Энергетика",
      machine_engineering: "Мошинсозӣ",
      transport: "Нақлиёт",
      construction: "Сохтмон",
      agriculture: "Кишоварзӣ",
      textiles: "Саноати нассоҷӣ",
      pharmaceuticals: "Дорусозӣ",
      culture: "Фарҳанг",
      humanitarian_tourism: "Робитаҳои гуманитарӣ ва сайёҳӣ",
      education: "Маориф",
    },
  },
  ky: {
    roadmap: "Кызматташтыктын жол картасы",
    areas: "Артыкчылыктуу багыттар",
    meetings: "Жогорку деңгээлдеги жолугушуулар",
    commitments: "Милдеттенмелер",
    targets: "Максаттуу көрсөткүчтөр",
    none: "Азырынча жок.",
    owner: "Жооптуу",
    due: "Мөөнөт",
    overdue: "мөөнөтү өттү",
    target: "Максат",
    actual: "Иш жүзүндө",
    reported: "Билдирилген",
    deals: (count) => `аны аткарган келишимдер: ${count}`,
    status: { planned: "пландалган", in_progress: "аткарылууда", done: "аткарылды", cancelled: "жокко чыгарылды" },
    kind: {
      turnover_usd: "Соода жүгүртүүсү, USD",
      joint_enterprises: "Түзүлгөн биргелешкен ишканалар",
      scholarships_offered: "Сунушталган стипендиялар",
      scholarships_awarded: "Берилген стипендиялар",
    },
    area: {
      industry: "Өнөр жай",
      energy: "Энергетика",
      machine_engineering: "Машина куруу",
      transport: "Транспорт",
      construction: "Курулуш",
      agriculture: "Айыл чарба",
      textiles: "Текстиль өнөр жайы",
      pharmaceuticals: "Фармацевтика",
      culture: "Маданият",
      humanitarian_tourism: "Гуманитардык байланыштар жана туризм",
      education: "Билим берүү",
    },
  },
};
