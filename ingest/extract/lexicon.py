"""Cue words of the extractor, per language, as regular expressions over normalised text.

Normalised text has no diacritics, bare alef for every alef form, ``ه`` for ta marbuta, ``ي`` for
alef maqsura and ``ئ``, ``و`` for ``ؤ``; Latin and Cyrillic are lower-case without accents
(Russian ``й`` is ``и``, ``ё`` is ``е``; Spanish ``ñ`` is ``n``). Patterns here are written in
that form. Each category is a list of alternatives; word boundaries are added when compiled.

Categories
----------
Actions (what a state does to an agreement):
    JOIN, ACCEDE, SIGN, RATIFY, ACCEPT (an instrument of acceptance or approval), WITHDRAW,
    SUSPEND, REINSTATE, NORMALISE, EIF (entry into force),
    REFUSE.
Mood and status of an action:
    ANNOUNCE, WELCOME (welcoming or congratulating a state on a step reports that it was taken),
    ORDER (a leader ordering or instructing an act announces it), AGREE ("agreed to
    join", "approved"), NOTIFY, COMPLETE (a withdrawal that took effect, or takes effect on a
    stated date), INTENT (also starting a process), MUST (an obligation still to be met: no
    claim), FUTURE, CONSIDER, CONDITION,
    WARN (a warning states a feared consequence, not a step: "warned that it would mean
    Armenia's exit"), PARTNER (partner, observer or dialogue-partner status: not membership),
    SELF ("the country", "le pays", "البلاد": the state the article is about),
    EXPECT ("is expected to join", "من المنتظر أن": others' expectation; "could join", "قد
    تنضم": a possibility; no claim),
    NEG, NEG_FUT (negated future: "will not", "لن"), ORDINAL ("the first country to join": a
    fact, not a plan), AS_OF ("from 1 January": the day a decided joining takes effect),
    STILL ("لا تزال", "still": a current state, and not a negation).
News or background:
    BG_SENTENCE (a sentence that recalls: "يذكر أن", "it is worth recalling"),
    BG_CLAUSE (a clause that recalls: pluperfect, "already", "ранее").
Objects that change what an action means:
    WITHDRAWN (a veto, troops, an objection: withdrawing them is not leaving the agreement),
    DOCUMENT (an order, decree or law: signing it is not signing the agreement),
    DEPOSIT (depositing or handing over an instrument: "deposited its instrument of
    accession" reports the accession itself).
Roles of states that are mentioned but do not act:
    PRESSURE (urging, pressing: the urged state has not decided anything), UNDER ("under
    pressure": the state named still acts), TITLE (president, minister: the state is a speaker),
    PREP_ALONG (a companion: "joined along with Iran": Iran did the same),
    PREP_WITH (a counterpart: "relations with Israel"), PREP_BETWEEN (the first state after
    "between" is the counterpart), PREP_IN (a host: "signed in Cairo", "في مصر"), PREP_TO (a
    recipient or depositary: "handed to the United States"), PREP_FOR (the state a treaty enters
    into force for: it acts only for entry into force).
Sentence structure:
    GENERIC (a definite common noun that points back at the agreement last named),
    RELATIVE (a relative pronoun opening a clause that describes something else),
    CLAUSE_WORD (a connective that opens a new clause).

The order of ``CATEGORY_ORDER`` decides which category wins when two could match at the same
place: longer, more specific phrases come first.
"""

from __future__ import annotations

# Arabic attached prefixes: conjunctions and the future/purpose letters on verbs, conjunctions,
# prepositions and the article on nouns.
_V = r"(?:[وف]?(?:ل|س)?)"
# what a Russian suspension may act on that is not a state's membership
_RU_NOT_MEMBERSHIP = (
    r"(?!\s+(?:[\w-]+\s+){0,2}?(?:рассмотрени|переговор|процесс|диалог|сотрудничеств)\w*)"
)
# A Russian passive's agents in the instrumental, listed: "Египтом, Ираком, Сирией"
_RU_FOUNDERS = r"\s+(?:[\w-]+\s+){0,6}?(?:[а-я-]+(?:ом|ем|еи|ои|ами|ями)\s*,\s*)+[а-я-]+\s"
_N = r"(?:[وف]?(?:(?:ب|ك)?ال|لل|ب|ل|ك)?)"
# An Arabic verb's person prefix and suffix.
_PRE = r"(?:ا|ت|ي|ن)"
_SUF = r"(?:ت|وا|ا|تا|ون|ان|ين|نا)?"

CATEGORY_ORDER = (
    "PARTNER",
    "SELF",
    "EIF",
    "STILL",
    "UNDER",
    "BG_SENTENCE",
    "BG_CLAUSE",
    "NEG_FUT",
    "REFUSE",
    "NORMALISE",
    "JOIN",
    "ACCEDE",
    "SIGN",
    "ACCEPT",
    "RATIFY",
    "WITHDRAW",
    "SUSPEND",
    "REINSTATE",
    "NOTIFY",
    "COMPLETE",
    "WITHDRAWN",
    "DOCUMENT",
    "DEPOSIT",
    "ANNOUNCE",
    "WELCOME",
    "ORDER",
    "AGREE",
    "SCHEDULED",
    "INTENT",
    "CONSIDER",
    "WARN",
    "DENY",
    "EXPECT",
    "CONDITION",
    "MUST",
    "FUTURE",
    "ORDINAL",
    "AS_OF",
    "NEG",
    "PRESSURE",
    "TITLE",
    "PREP_ALONG",
    "PREP_WITH",
    "PREP_BETWEEN",
    "PREP_IN",
    "PREP_TO",
    "PREP_FOR",
    "GENERIC",
    "RELATIVE",
    "CLAUSE_WORD",
)

ACTIONS = frozenset(
    {
        "JOIN",
        "ACCEDE",
        "SIGN",
        "RATIFY",
        "ACCEPT",
        "WITHDRAW",
        "SUSPEND",
        "REINSTATE",
        "NORMALISE",
        "EIF",
        "REFUSE",
    }
)

LEXICON: dict[str, dict[str, list[str]]] = {
    "ar": {
        "EIF": [
            rf"{_V}(?:ت|ي)?دخل(?:ت)?\s+حيز\s+(?:التنفيذ|النفاذ)",
            rf"{_N}دخول(?:ه|ها|هما)?\s+(?:\w+\s+){{0,3}}?حيز\s+(?:ال)?(?:تنفيذ|نفاذ)",
            r"حيز\s+(?:التنفيذ|النفاذ)",
            rf"{_N}سريان",
            # "يبدأ نفاذه بالنسبة إلى أفغانستان في الأول من أيار": its force begins
            rf"{_V}(?:ي|ت)?بدا(?:ت)?\s+(?:نفاذ|سريان)\w*",
            rf"{_N}بدء\s+(?:نفاذ|سريان)\w*",
            # "ويسري الاتفاق ابتداء من اليوم على": with a day between
            r"[وف]?(?:يسري|تسري|ينطبق|تنطبق)\s+(?:\w+\s+){0,2}?(?:(?:ابتداء|اعتبارا|بدءا)\s+من\s+\w+\s+)?علي",
            # "وسيصبح البروتوكول نافذا بالنسبة للجزائر": becoming in force
            r"[وف]?(?:س|ل)?(?:يصبح|تصبح|اصبح|اصبحت)(?=\s+(?:\w+\s+){0,2}?نافذ)",
            # "تصبح أحكامها ملزمة للسلطنة": its provisions become binding for a state
            r"[وف]?(?:س|ل)?(?:يصبح|تصبح|اصبح|اصبحت)(?=\s+(?:\w+\s+){0,2}?ملزم\w*\s+(?:ل|بالنسبه))",
            # "تصبح أفغانستان دولة طرفًا ملزمة بها اعتبارًا من الأول من مارس": bound from that day
            r"[وف]?(?:س|ل)?(?:يصبح|تصبح|اصبح|اصبحت)\s+(?:\w+\s+){0,3}?طرفا\s+ملزم\w*",
        ],
        "STILL": [r"(?:لا|ما)\s+(?:ت|ي)?(?:زال|زالت|زل)\w*", r"[وف]?مازال\w*", r"لم\s+(?:ت|ي)زل"],
        "UNDER": [r"تحت\s+(?:ال)?ضغط\w*", r"[وف]?بضغط\w*"],
        "BG_SENTENCE": [
            r"[وف]?(?:يذكر|يشار|تذكر|يجدر\s+بالذكر)\s+(?:الي\s+)?ان",
            r"[وف]?تجدر\s+الاشاره",
            r"[وف]?(?:و)?جدير\s+بالذكر",
            r"[وف]?من\s+المعروف",
            r"[وف]?من\s+الجدير\s+بالذكر",
        ],
        "BG_CLAUSE": [
            r"[وف]?كان(?:ت|وا)?(?:\s+\w+){0,6}?\s+قد",
            r"[وف]?سبق\s+(?:ان|و|ل)\w*",
            r"[وف]?سبق\w*",
            r"في\s+وقت\s+سابق",
            r"[وف]?سابقا",
            r"[وف]?بالفعل",
        ],
        "NEG_FUT": [r"[وف]?لن", r"[وف]?(?:ل)?عدم"],
        "REFUSE": [
            rf"{_V}{_PRE}?رفض{_SUF}(?:ها|ه|هم)?",
            rf"{_N}رفض(?:ها|ه|هم)?",
            rf"{_V}{_PRE}?مانع{_SUF}",
            # "امتنعت الولايات المتحدة ... عن التوقيع": refrained from it
            rf"{_V}{_PRE}?متنع{_SUF}(?=\s+(?:\S+\s+){{0,8}}?عن\s)",
            # a vote against a treaty's adoption: "صوتت ضده", "مقابل اعتراض ثلاث دول هي"
            rf"{_V}(?:ت|ي)?صوت(?:ت|وا|ان|تان)?\s+ضد(?:ها|ه)?",
            r"مقابل\s+اعتراض",
        ],
        "NORMALISE": [
            rf"{_N}تطبيع",
            rf"{_V}(?:ت|ي|ن)?قيم{_SUF}\s+(?:\w+\s+)?علاقات",
            rf"{_N}اقامه\s+(?:\w+\s+)?علاقات",
        ],
        "JOIN": [
            # "أسست الصين وروسيا وكازاخستان المنظمة": its founders joined it
            r"[وف]?اسس(?:ت|وا|تا)",
            # "تأسست المنظمة في شنغهاي عام 2001 على يد الصين وروسيا": its founders joined it
            r"[وف]?(?:تاسست|تاسس|انشيت|انشي)(?=\s+(?:\S+\s+){0,10}?علي\s+يد\s)",
            # "منذ تأسيسه في أبوظبي في 25 مايو 1981 على يد السعودية والكويت": its founding
            r"[وف]?(?:ب|ل)?(?:تاسيس|انشاء)\w*(?=\s+(?:\S+\s+){0,10}?علي\s+يد\s)",
            # "عضو في الحلف منذ عام 2004": a member since a year joined in it
            r"[وف]?(?:ال)?(?:عضو|عضوا)(?=\s+(?:\w+\s+){0,4}?منذ\s+(?:[\w/]+\s+){0,3}?(?:عام\s+)?\d{4})",
            r"[وف]?(?:ال)?(?:عضو|عضوا)(?=\s+(?:\w+\s+){0,4}?منذ\s+(?:تاسيس|انشاء|قيام)\w*)",
            # "على قبول فلسطين عضوا كامل العضوية": admitting a state as a member
            r"[وف]?(?:ب|ل)?قبول(?=\s+(?:\w+\s+){1,6}?عضوا(?!\w))",
            # "عضو مؤسس في الجامعة عام 1945": a founding member, in the year it was founded
            r"[وف]?(?:ال)?(?:عضو|عضوا|اعضاء|دول|دوله)\s+(?:ال)?موسس\w*"
            r"(?=\s+(?:\w+\s+){0,6}?(?:عام|سنه|في|منذ)\s+(?:\w+\s+)?\d{4})",
            rf"{_V}{_PRE}نضم{_SUF}",
            # "دخلت كرواتيا منطقة شنغن": entered the area
            rf"{_V}(?:ت|ي)?دخل(?:ت|وا|تا)?(?=\s+(?:\S+\s+){{0,3}}?(?:منطقه|فضاء)\s)",
            # "ثم التحقت به أرمينيا": joined those already in (form VIII of لحق)
            rf"{_V}{_PRE}لتحق{_SUF}(?!\w)",
            r"[وف]?(?:تكون|يكون|نكون|اكون|تصبح|يصبح|نصبح)\s+جزءا\s+من",
            rf"{_N}انضمام(?:ها|ه|هم|هما|نا|ي)?",
            # "أصبحت الغابون وتوغو يوم السبت عضوين": two members
            # (and two of them: "أن تصبحا طرفين")
            r"[وف]?(?:اصبحتا|اصبحت|اصبح|باتت|بات|صارت|صار|تصبحا|تصبح|يصبح)\s+"
            # (an apposition between: "أصبحت ساموا، الدولة الجزرية الصغيرة في جنوب المحيط
            # الهادئ، يوم الخميس عضوًا")
            r"(?:\w+[،,]?\s+){0,11}?(?:عضوا|العضو|عضو|عضوين|عضوان|العضوين|اعضاء)",
            r"[وف]?(?:اصبحتا|اصبحت|اصبح|باتت|بات|صارت|صار|تصبحا|تصبح|يصبح)\s+"
            r"(?:\w+[،,]?\s+){0,7}?(?:ال)?(?:طرفا|طرفين|طرفان|اطرافا)",
            rf"{_N}عضوي(?:ه|تها|ته|تهم)",
            rf"{_N}عود(?:ه|تها|ته)",
            rf"{_V}(?:ت|ي)عود{_SUF}",
            # "عاد المغرب إلى الاتحاد الأفريقي": returned to it
            # "عادت الولايات المتحدة أمس رسمياً طرفاً في اتفاق باريس": back as a party
            rf"{_V}عاد(?:ت|وا|تا)?(?=\s+(?:\w+\s+){{0,4}}?(?:الي|لل)"
            rf"|\s+(?:\w+\s+){{0,5}}?(?:طرفا|عضوا)\s+(?:في|ب))",
        ],
        "ACCEDE": [],
        # "ووقّعتها الدول الثلاث": with the treaty as a pronoun on the verb
        "SIGN": [rf"{_V}(?:ت|ي|ن)?وقع{_SUF}(?:ها|ه|هما|هم)?", rf"{_N}توقيع(?:هما|ها|ه|هم)?"],
        "ACCEPT": [rf"{_N}(?:وثيق|صك)\w*\s+(?:ال)?(?:قبول|موافقه)"],
        "RATIFY": [
            rf"{_V}(?:ت|ي|ن)?صادق{_SUF}",
            rf"{_N}مصادق(?:ه|تهما|تهم|تها|ته)",
            rf"{_V}(?:ت|ي|ن)?صدق{_SUF}",
            rf"{_N}تصديق(?:هما|هم|ها|ه)?",  # "وثيقتي تصديقهما": their two instruments
        ],
        "WITHDRAW": [
            # "لم تعد تشيلي وبيرو طرفا في": the states between
            r"(?:لم|لن)\s+(?:تعد|يعد|تكون|يكون)\s+(?:\w+\s+){0,4}?(?:عضوا|اعضاء|عضو|طرفا|اطرافا)",
            # "أصبحت قطر ... خارج منظمة": the state is now outside it
            r"[وف]?(?:اصبحت|اصبح|باتت|بات|صارت|صار|تصبح|يصبح)\s+(?:\w+[،,]?\s+){0,9}?خارج(?=\s)",
            rf"{_N}طرد",
            # "إنهاء عضوية روسيا في المنظمة": ending a state's membership
            rf"{_N}انهاء\s+{_N}عضوي\w*",
            rf"{_V}(?:ا|ت|ي)نه(?:ي|ت|وا)?\s+(?:\w+[،,]?\s+){{0,3}}?{_N}عضوي\w*",
            # "ستنهي علاقتها بمنظمة الصحة العالمية", "إنهاء العلاقة مع": ending its relationship
            rf"{_V}(?:ا|ت|ي)نه(?:ي|ت|وا)?\s+{_N}علاق(?:ه|ت\w*)(?=\s+(?:ب|مع))",
            rf"{_N}انهاء\s+{_N}علاق(?:ه|ت\w*)(?=\s+(?:ب|مع))",
            # "أنهت روسيا تطبيقها المؤقت للنص": ended its provisional application
            rf"{_V}(?:ا|ت|ي)نه(?:ي|ت|وا)?\s+(?:\w+\s+)?{_N}تطبيق\w*\s+{_N}م\w?قت\w*",
            # "طُردت روسيا من مجلس أوروبا": expelled
            rf"{_V}(?:ت|ي)?طرد(?:ت|وا)?(?!\w)",
            r"[وف]?(?:ب|ل)?عدم\s+تجديد",
            # "بأنها لن تجدد مذكرة التفاهم": will not renew it
            r"[وف]?(?:بانها|بانه|انها|انه)?\s*(?:لن|لا)\s+(?:ت|ي)جدد\w*",
            rf"{_V}(?:ت|ي)?سحب{_SUF}",
            rf"{_V}{_PRE}نسحب{_SUF}",
            rf"{_N}انسحاب(?:هما|ها|ه|هم)?",
            rf"{_N}خروج(?:هما|هم|ها|ه)?",
            rf"{_V}{_PRE}?غادر{_SUF}",
            rf"{_N}مغادر(?:ه|تها|ته)",
            rf"{_V}(?:ت|ي)?خرج{_SUF}",
            # "قانونا يلغي مصادقة بلاده على المعاهدة": revoking a ratification (or signature)
            r"[وف]?(?:يلغي|تلغي|الغت|الغي|الغوا|الغاء|بالغاء|لالغاء)"
            r"(?=\s+(?:\w+\s+){0,4}?(?:ال)?(?:مصادق|تصديق|توقيع)\w*)",
        ],
        "SUSPEND": [
            # "علّق مؤتمر الدول الأطراف في الاتفاقية، أمس الأربعاء في لاهاي، حقوق سوريا": a
            # long subject between the verb and its object; not "علق على" (commented on)
            rf"{_V}(?:ت|ي|ن)?(?:علق|جمد){_SUF}\s+(?:(?!علي\s)\w+[،,]?\s+){{0,12}}?"
            rf"{_N}(?:عضوي|مشارك|العمل|التزام|حقوق)\w*",
            rf"{_N}(?:تعليق|تجميد)\s+(?:\w+\s+)?[«\"]?{_N}(?:عضوي|مشارك|العمل|التزام|حقوق)\w*",
            # "بعد أن كانت عضويتها قد عُلّقت عام 1979": the membership was suspended
            rf"{_N}عضوي(?:ه|تها|ته|تهم)\s+(?:\S+\s+){{0,6}}?(?:قد\s+)?(?:علقت|جمدت)(?!\w)",
            # "لا تزال عضويتها في الجامعة معلقة منذ نوفمبر 2011", "معلقة العضوية منذ عام 2009":
            # a membership that stands suspended
            rf"{_N}عضوي(?:ه|تها|ته|تهم)\s+(?:\S+\s+){{0,8}}?(?:معلق|مجمد)(?:ه)?(?!\w)",
            rf"(?:معلق|مجمد)(?:ه)?\s+{_N}(?:عضوي|مشارك)\w*",
            # "توقف مشاركة ليبيا", "قرر ... وقف مشاركة وفود الحكومة الليبية": stopping a state's
            # participation
            rf"{_V}(?:ت|ي)?وقف{_SUF}\s+{_N}(?:عضوي|مشارك)\w*",
            rf"{_N}وقف\s+{_N}(?:عضوي|مشارك)\w*",
        ],
        "REINSTATE": [
            # "إعادة مصر إلى عضوية المنظمة": returning a state to its membership
            rf"{_N}(?:استعاده|اعاده|عوده|استيناف)\s+(?:\w+\s+){{0,2}}?{_N}(?:عضوي|مقعد|مشارك)\w*",
            rf"{_V}{_PRE}?رفع{_SUF}\s+(?:\w+[،,]?\s+){{0,5}}?{_N}تعليق\w*"
            rf"(?:\s+{_N}(?:عضوي|مشارك)\w*)?",
            rf"{_N}رفع\s+(?:\w+\s+)?{_N}تعليق\w*(?:\s+{_N}(?:عضوي|مشارك)\w*)?",
            # "إلغاء قرار تعليق مشاركة مصر", "يُنهي تجميد عضوية مصر": the suspension ended
            rf"{_N}(?:الغاء|انهاء)\s+(?:{_N}قرار\s+)?{_N}(?:تعليق|تجميد)\w*",
            rf"{_V}(?:ا|ت|ي)(?:لغ|نه)(?:ي|ت|وا)?\s+(?:\w+[،,]?\s+){{0,5}}?(?:{_N}قرار\s+)?"
            rf"{_N}(?:تعليق|تجميد)\w*",
            rf"{_V}(?:ا|ت|ي)?(?:ستعاد|ستانف){_SUF}\s+(?:\w+\s+)?{_N}(?:عضوي|مقعد|مشارك)\w*",
        ],
        "WITHDRAWN": [
            rf"{_N}(?:عقوبات|فيتو|اعتراض\w*|قوات|سفير\w*|ترشيح\w*|دعم\w*|تمويل\w*|مساهم\w*|مدفوعات|مفاوضات|محادثات|تعاون\w*|حوار|وفد\w*)",
        ],
        "DOCUMENT": [
            rf"{_N}(?:امرا|مرسوم\w*|قانون\w*|قرارا)",
            r"امر\s+تنفيذي",
        ],
        "DEPOSIT": [rf"{_V}{_PRE}ودع{_SUF}", rf"{_N}ايداع", rf"{_V}{_PRE}?سلم{_SUF}"],
        "NOTIFY": [
            rf"{_V}(?:ا|ت|ي)خطر{_SUF}",
            rf"{_N}(?:اخطار|اشعار|مذكره)(?:ها|ه|ا)?",
            # "أبلغت تركيا الأمين العام بانسحابها": informed (form IV, past; not "بلغ", reached)
            r"[وف]?ابلغ(?:ت|وا)?(?!\w)",
        ],
        "COMPLETE": [
            rf"{_V}(?:ا|ت|ي)?(?:كتمل|ستكمل){_SUF}",
            rf"{_N}(?:اكتمال|استكمال)",
            r"بشكل\s+نهايي",
            r"[وف]?نهاييا",
        ],
        "ORDER": [
            rf"{_V}(?:ت|ي)?(?:امر|كلف|وجه){_SUF}",
            rf"{_V}(?:ت|ي)طلب{_SUF}",
            r"بموجب",
        ],
        # "معلنة انسحابها": announcing it, the participle
        "ANNOUNCE": [rf"{_N}اعلان(?:ها|ه|هم)?", rf"{_V}{_PRE}?علن{_SUF}", r"[وف]?معلن(?:ه|ا|ين)"],
        "WELCOME": [rf"{_V}{_PRE}?رحب{_SUF}", rf"{_N}ترحيب"],
        "AGREE": [
            rf"{_V}(?:ت|ي|ن)?وافق{_SUF}",
            rf"{_N}موافق(?:ه|تها|ته)",
            rf"{_N}قبول",
            rf"{_V}{_PRE}?صوت{_SUF}\s+(?:\w+\s+)?(?:علي|لصالح)",
            # "صوت المؤتمر العام لمنظمة اليونسكو، أمس الاثنين، في باريس على قبول": the body
            # votes to admit, its name and the day between
            rf"{_V}{_PRE}?صوت{_SUF}(?=\s+(?:\S+\s+){{1,16}}?علي\s+(?:ال)?قبول)",
        ],
        "SCHEDULED": [r"[وف]?من\s+المقرر\s+ان"],
        "INTENT": [
            rf"{_N}(?:بدء|بدايه|اطلاق\s+عمليه)",
            rf"{_V}(?:ت|ي|ن)بدا{_SUF}",
            r"[وف]?بدات",
            rf"{_V}(?:ت|ي|ن)?عتزم{_SUF}",
            rf"{_N}(?:اعتزام|عزم|نيه|رغبه|استعداد|سعي|طلب|ترشيح)(?:ها|ه|هم|ا)?",  # "طلبا رسميا"
            rf"{_V}(?:ت|ي|ن)(?:نوي|سعي|خطط|ريد|رغب|تطلع|امل|ستعد|تجه){_SUF}",
            rf"{_V}(?:ا)?(?:رادت|راد)",
            rf"{_V}طلب(?:ت|وا)?",
            # "قررت بولندا الانسحاب": decided to
            r"[وف]?(?:قرر|قررت|قررا|قرروا)(?!\w)",
            r"[وف]?(?:تقدمت|تقدم)\s+بطلب",
            r"[وف]?(?:تعهدت|تعهد|مستعده|مستعد|بصدد|تمهيدا|مرشحه|مرشح)",
            # "ستباشر الإجراءات اللازمة للتوقيع": the steps are still to be taken
            rf"{_N}اجراءات\s+(?:ال)?لازمه",
        ],
        "CONSIDER": [
            rf"{_V}(?:ت|ي|ن)(?:درس|بحث|فكر|نظر){_SUF}",
            rf"{_N}(?:دراسه|امكانيه|احتمال|بحث)",
            # "أبدت اهتمامها بالانضمام": interest, not yet a wish declared
            rf"{_N}اهتمام(?:هما|ها|هم|ه)?",
            # "قال الرئيس التركي إن بلاده قد تنضم إلى منظمة شنغهاي": his state may join
            r"(?:(?<=بلاده\s)|(?<=بلادها\s))قد(?=\s+(?:ت|ي|ن)\w+)",
        ],
        "WARN": [rf"{_V}{_PRE}?حذر{_SUF}", rf"{_N}(?:محذرا|تحذير)\w*"],
        # "نفت الخارجية أن تكون الجزائر قد تقدمت بطلب": a step denied
        "DENY": [rf"{_V}(?:ت|ي)?نف(?:ت|ى|ي|وا)(?!\w)", rf"{_N}نفي(?:ها|ه)?"],
        # "قد تنضم": a possibility, which the text does not decide
        "EXPECT": [
            r"[وف]?من\s+(?:المنتظر|المتوقع|المرتقب)",
            r"[وف]?(?:يتوقع|يرتقب|ينتظر)\s+ان",
            # (not "إن بلاده قد تنضم": the state's own word that it may, a consideration)
            r"(?<!بلاده\s)(?<!بلادها\s)قد\s+(?:ت|ي|ن)\w+",
            # "على أمل دخولها حيز التنفيذ": a hope
            r"[وف]?(?:علي\s+امل|املا\s+في)",
            # "لم تعد قادرة على تبرير عضويتها": no longer able to, a membership held
            r"[وف]?(?:لم|لن)\s+(?:تعد|يعد)\s+(?:\w+\s+)?قادر\w*",
        ],
        "SELF": [
            r"[وف]?(?:ال)?بلاد(?:ه|ها|هم)?",
            r"[وف]?المملكه",
            r"[وف]?الجمهوريه",
            r"[وف]?السلطنه",
        ],
        "PARTNER": [
            r"[وف]?(?:ب)?صفه\s+(?:ال)?(?:شريك|مراقب)\w*",
            r"[وف]?شريك\s+(?:ال)?حوار",
            r"[وف]?(?:ك)?(?:دوله|عضو)\s+(?:ال)?(?:منتسب|مشارك)\w*",
            r"[وف]?(?:ك)?(?:دوله|دول)\s+(?:ال)?(?:شريك\w*|مراقب\w*)",
            r"[وف]?عضو\w*\s+(?:ال)?مراقب\w*",
        ],
        "CONDITION": [
            r"[وف]?(?:ب)?(?:شرط|شروط|شريطه)\w*",
            r"[وف]?لكن\w*\s+(?:\w+\s+){0,2}اولا",
            rf"{_V}(?:ا|ت|ي)?شترط{_SUF}",
            rf"{_N}مشروط\w*",
            r"[وف]?(?:ب)?دون",
            r"من\s+دون",
            r"الا\s+اذا",
            r"(?:الا|فقط)\s+بعد",
            r"ما\s+لم",
            r"ما\s+دام\w*",
            # "لن تنضم ... قبل قيام دولة فلسطينية": not before something is done
            r"قبل\s+(?:قيام|اقامه|انشاء)",
            r"حتي\s+(?:قيام|اقامه|انشاء|يتم|تقوم)",
            r"[وف]?طالما",
            # "مقابل الاعتراف" (in exchange for); not "في المقابل" (on the other hand)
            r"[وف]?مقابل",
            r"[وف]?(?:رهن|رهنا|مرهون\w*)",
        ],
        "MUST": [r"[وف]?(?:يجب|ينبغي)"],
        "ORDINAL": [
            r"[وف]?(?:ال)?(?:اول|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر|حادي)(?:ه|ا)?",
        ],
        "FUTURE": [
            r"[وف]?سوف",
            r"[وف]?قريبا",
            r"[وف]?مستقبلا",
            r"في\s+المستقبل",
            r"(?:ال)?(?:مقبل|مقبله|قادم|قادمه)",
        ],
        "AS_OF": [
            r"(?:اعتبارا|ابتداء|بدءا)\s+من",
        ],
        "NEG": [r"[وف]?(?:لم|لا|ليس|ليست|لما)"],
        "PRESSURE": [
            rf"{_N}(?:ضغوط|ضغط)(?:ا|ها)?",
            rf"{_V}(?:ت|ي)(?:ضغط){_SUF}",
            r"[وف]?(?:دعا|دعت|يدعو|تدعو|دعوه|دعوتها|دعوته|دعوات)",
            rf"{_V}(?:ت|ي)?(?:حث|طالب|ناشد|شجع|حض){_SUF}",
            rf"{_N}(?:مطالبه|اقناع|تشجيع|حث|توصيه)",
            rf"{_V}(?:ت|ي)?وصي{_SUF}",
            r"[وف]?(?:يسمح|تسمح|سمح|سمحت|السماح)",
        ],
        "TITLE": [
            rf"{_N}(?:رييس|رييسه|وزير|وزيره|وزراء|ملك|امير|سفير|سفيره|مبعوث|متحدث|متحدثه|ناطق"
            r"|مسوول|مسوولون|مسوولين|زعيم|قايد|قاده|مستشار|نايب|دبلوماسي|دبلوماسيون|وزاره)",
            r"ولي\s+العهد",
        ],
        "PREP_ALONG": [
            r"[وف]?الي\s+جانب",
            r"جنبا\s+الي\s+جنب\s+مع",
            # "بالتزامن مع توغو", "في الوقت نفسه مع توغو": at the same time as
            r"[وف]?بالتزامن\s+مع",
            r"في\s+(?:الوقت|اليوم)\s+(?:نفسه|ذاته)\s+مع",
            r"[وف]?كما\s+فعلت",
            # "تلتها المكسيك": followed by; "وتبعتها في اليوم نفسه الصين": the same day
            r"[وف]?(?:تلت|تبعت)(?:ه|ها|هم)(?:\s+في\s+(?:اليوم\s+نفسه|نفس\s+اليوم|اليوم\s+ذاته))?",
        ],
        "PREP_WITH": [r"[وف]?مع"],
        "PREP_BETWEEN": [r"[وف]?بين"],
        "PREP_IN": [r"[وف]?في"],
        "PREP_TO": [r"[وف]?(?:الي|لدي)"],
        # "بالنسبة إلى سوريا", and "بالنسبة لروسيا" with the preposition on the name
        "PREP_FOR": [r"[وف]?بالنسبه\s+الي", r"[وف]?بالنسبه(?=\s+ل)"],
        "GENERIC": [
            r"(?:[وف]?(?:ب|ك)?ال|[وف]?لل)(?:اتفاق|اتفاقات|اتفاقيات|اتفاقيه|معاهده|حلف|تحالف|نص"
            r"|منظمه|مبادره|ميثاق|بروتوكول|تكتل|مجموعه|محكمه|اتحاد|جامعه|رابطه|مجلس)",
            # "يدخل النظام حيز التنفيذ": the statute, where one named so was (see _antecedent)
            r"(?:[وف]?(?:ب|ك)?ال|[وف]?لل)نظام(?:\s+الاساسي)?+(?!\s+(?:ل\w|(?:ال)?(?:سوري|ايراني"
            r"|عراقي|ليبي|مصري|حاكم|دولي|عالمي|سابق|جديد|دستوري)))",
        ],
        "RELATIVE": [r"[وف]?(?:التي|الذي|الذين|اللذين|اللتين|اللواتي|اللاتي)"],
        "CLAUSE_WORD": [
            r"[وف]?(?:حيث|فيما|بينما|لكن\w*|اذ|وسط)",
            r"في\s+حين",
            r"(?:بعد|قبل|غير|الا)\s+ان",
        ],
    },
    "en": {
        "EIF": [
            r"(?:enter|entered|enters|entering|came|comes|come|coming)"
            r"\s+(?:today\s+|formally\s+|officially\s+)?into\s+force",
            r"entry\s+into\s+force",
            # "obligations become legally binding for Russia, Japan..."
            # (not "would have become binding": the accession was withdrawn before)
            r"(?<!would\shave\s)bec(?:ome|omes|ame)\s+(?:legally\s+)?binding\s+(?:for|on)",
            r"in\s+force",
            r"(?:now\s+)?appl(?:y|ies)\s+(?:now\s+)?to",
            # "Finland is now legally bound by the convention"
            r"(?:is|are|becomes?|became|will\s+be)\s+(?:now\s+|legally\s+){0,2}bound\s+by",
        ],
        "STILL": [r"still", r"continues?\s+to", r"remains?", r"so\s+far"],
        "UNDER": [r"under\s+(?:\w+\s+)?pressure"],
        "BG_SENTENCE": [
            r"it\s+is\s+worth\s+(?:noting|recalling|mentioning)",
            r"(?:it\s+should\s+be\s+)?recalled\s+that",
            r"notably",
        ],
        "BG_CLAUSE": [
            r"had\s+(?:\w+ly\s+|also\s+)?(?:already\s+)?(?:been\s+)?\w+(?:ed|en|ined|ned|gned|eded|ft)",
            r"previously",
            r"already",
            r"earlier",
            r"formerly",
            r"originally",
            r"in\s+the\s+past",
            r"(?:was|were)\s+(?:founded|launched|established|created|brokered|set\s+up)",
        ],
        "NEG_FUT": [
            r"will\s+not",
            r"won't",
            r"would\s+not",
            r"wouldn't",
            r"shall\s+not",
            r"not\s+to",
            r"no\s+(?:plans?|intention)\s+(?:to|of)",
            r"never",
        ],
        "REFUSE": [
            r"refus\w+",
            r"reject\w*",
            # a vote against a treaty's adoption
            r"vot(?:e|es|ed|ing)\s+against",
            r"declin(?:e|es|ed|ing)",
            r"rebuff\w*",
            r"rul(?:ed|es|ing)\s+out",
            r"(?:gave|give|gives|giving)\s+up\s+(?:on\s+)?(?:its\s+|their\s+|the\s+)?(?:bid|plans?|idea|application)",
            # "has abandoned the country's application to join", "drops membership bid"
            r"(?:abandon|drop|shelv|scrap)\w*\s+(?:its\s+|their\s+|the\s+)?(?:country's\s+)?"
            r"(?:membership\s+|eu\s+|accession\s+)?(?:bid|application|candidacy)",
            r"turn(?:ed|s)?\s+down",
            r"oppos(?:es|ed|ing)",
            # "will refrain from applying to join"
            r"refrain(?:s|ed|ing)?\s+from",
        ],
        "NORMALISE": [
            r"normali[sz]\w+",
            r"establish\w*\s+(?:full\s+|formal\s+)?(?:diplomatic\s+)?(?:relations|ties)",
        ],
        "JOIN": [
            # "was founded in Shanghai in 2001 by China, Russia...": its founders joined it
            r"founded",
            # "signed a declaration setting up the Association of South-East Asian Nations":
            # its founders: "setting up" the body by its name, or a new body named next (not
            # "setting up a return", "set up a joint agency", "the treaty establishing the
            # Court": the treaty's description, "the bodies set up by the convention")
            r"(?<!treaty\s)(?<!charter\s)(?<!statute\s)(?<!convention\s)(?<!agreement\s)"
            r"(?:set(?:s|ting)?\s+up|(?:establish|creat|form)(?:ed|ing))"
            r"(?=\s+(?:the\s+(?!bodies\b|way\b|stage\b|scene\b|conditions\b|framework\b)"
            r"|an?\s+(?:new\s+)?(?:[\w-]+\s+){0,3}?(?:grouping|organi[sz]ation|association|bloc"
            r"|union|community|alliance|group|forum|league|council|bank|market|area|zone|pact)\b"
            # "resolutions creating what is to be called the Organization of the ..."
            r"|what\s+(?:is|was|will\s+be)\s+(?:to\s+be\s+)?(?:called|known\s+as)\b))",
            # "Greece and Turkey came in in 1952": entered the body (not "came in second", "came
            # in for criticism", "came into force")
            r"(?:came|come|comes|coming)\s+in(?=\s+(?:in|on|at|during|with|too|also|as\s+well)\b"
            r"|\s*[,.;])",
            # "Sri Lanka on Thursday signed up to the Convention": joined, not a signature (not
            # "signed up to this", "to language describing the agreement": words, not a treaty)
            r"sign(?:s|ed|ing)?\s+up\s+(?:to|for)(?!\s+(?:this|that|these|those|it|them"
            r"|language|wording|text|an?\s|(?:the|its|a)\s+(?:\w+\s+)?(?:declaration|statement"
            r"|communique|text|language|wording|idea|plan|principles?|pledge|goals?)\b))",
            # "The accords were launched in October 2020 by eight countries": their founders
            r"(?:was|were|had\s+been)\s+launched(?=\s+(?:[\w,'-]+\s+){0,8}?by\s)",
            # "Switzerland now fully applies the Schengen rules": a member of the treaty's area
            r"fully\s+appl(?:y|ies|ied)",
            # "Spain and Portugal are as of today full members of the Community": becoming one
            r"(?:is|are)\s+(?:as\s+of|from)\s+today(?:\s*,\s*\w+\s*,)?\s+(?:an?\s+)?(?:full\s+)?"
            r"(?:members?|part(?:y|ies)\s+to)",
            # "a member since the organisation's creation", "since its founding": the catalogue
            # dates it (see _SINCE_FOUNDING_RE)
            r"members?(?=\s+(?:of\s+)?(?:[\w'-]+\s+){0,4}?since\s+(?:its|their|the\s+[\w-]+'s)\s+"
            r"(?:creation|founding|foundation|inception|birth)\b)",
            # "a NATO member since 1949", "a member of the alliance since April 2023"
            # ("a member of the Organization of the Petroleum Exporting Countries since 1962")
            r"members?(?=\s+(?:of\s+)?(?:[\w'-]+\s+){0,8}?since\s+(?:\w+\s+){0,2}?\d{4})",
            # "a full member of BRICS since January 1": the day without its year
            r"members?(?=\s+(?:of\s+)?(?:[\w'-]+\s+){0,4}?(?:since|as\s+of)\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+\d{1,2}\b)",
            # "a founding member of the League in 1945": joined the year it was founded
            # (not "a founding member that left NATO in 2000": the year of its exit)
            r"found(?:ing|er)\s+members?(?=\s+(?:(?!left\b|quit\b|withdrew\b|was\s)[\w'-]+\s+)"
            r"{0,6}?(?:in|since)\s+(?:\w+\s+)?\d{4})",
            # "Its founding members include the United States, Japan [...]" the day after the
            # body began: the founders of a body founded just before the paper (no year: see
            # _founding_news)
            r"found(?:ing|er)\s+members?(?=\s+(?:of\s+(?:[\w'-]+\s+){1,8}?)?(?:include|included|are|were)\b)",
            r"part(?:y|ies)(?=\s+to\s+(?:[\w'-]+\s+){0,5}?since\s+(?:\w+\s+){0,2}?\d{4})",
            r"join(?:s|ed|ing)?",
            r"rejoin\w*",
            r"return(?:s|ed|ing)?(?!\s+(?:home|fire)\b)",
            # "resumed its place in the Commonwealth": a return
            r"(?:resum|retak|regain)\w*\s+(?:its|their)\s+(?:\w+\s+)?(?:place|seat)",
            # "took its seat as a full member", "was welcomed as the SCO's tenth member", "took
            # its place yesterday as a fully independent member of the Commonwealth"
            r"(?:took|takes|take|taking)\s+(?:up\s+)?(?:its|their)\s+(?:seat|place)(?=\s+"
            r"(?:\w+\s+){0,2}?as\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?members?\b)",
            r"(?:was|were|been|is|are)\s+welcomed(?=\s+(?:\w+\s+){0,2}?as\s+(?:[\w']+\s+){0,4}?"
            r"members?\b)",
            r"(?:be|become|becoming)\s+(?:a\s+)?part\s+of",
            r"membership",
            # not "becomes the latest EU member to endorse": a member doing something
            # not "became the last of the thirty members whose parliament approved": a
            # member already, ranked among the others
            r"bec(?:ame|ome|omes|oming),?\s+(?!(?:[\w'-]+\s+){0,2}?(?:the\s+)?"
            r"(?:last|first|only|second|third|final|latest)\s+of\s+(?:[\w'-]+\s+){0,4}?members\b)"
            r"(?:(?:a|an|the)\s+)?(?:[\w'-]+,?\s+){0,6}?(?:full\s+)?members?"
            r"(?!(?:\s+[\w'-]+){0,5}?\s+to\s+(?!date\b|the\b|an?\b|its\b|their\b)[a-z]{2,})",
            r"(?:is|are)\s+now\s+(?:(?:a|an|the)\s+)?(?:[\w'-]+\s+){0,3}?members?",
            r"bec(?:ame|ome|omes|oming)\s+(?:a\s+|the\s+)?(?:\w+\s+)?(?:state\s+)?part(?:y|ies)\s+to",
            r"will\s+be\s+(?:an?\s+)?(?:full\s+)?members?",
            # "NATO welcomed Sweden as its 32nd member", "admitted ... as its newest member"
            r"as\s+(?:its\s+)?(?:\d+(?:st|nd|rd|th)|\w+(?:st|nd|rd|th)|newest|latest)\s+(?:full\s+)?"
            r"(?:member|state\s+party)",
            # not "admitted on Tuesday that" (conceded)
            r"admi(?:t|ts|tted|tting|ssion)(?!\s+(?:\w+\s+){0,2}?that\b)",
        ],
        "ACCEDE": [r"acced(?:e|es|ed|ing)", r"accession"],
        "ACCEPT": [
            r"instruments?\s+of\s+(?:acceptance|approval|formal\s+confirmation)",
            # "the EU lodged its approval at UN headquarters": the instrument, by its name
            r"(?:deposit|lodg|submitt|deliver)\w*\s+(?:its|their)\s+(?:formal\s+)?"
            r"(?:acceptance|approval)",
        ],
        # "the other signatories", "its 15 signatories": the plural describes states, it does
        # not tell a signature
        "SIGN": [
            # "put their signatures to": the signing itself, not a noun naming it
            r"put\s+(?:their|its|his|her)\s+signatures?\s+(?:to|on)",
            # "France and China also added their names on the opening day"
            r"(?:add|put)(?:s|ed|ing)?\s+(?:their|its|his|her)\s+names?",
            r"sign(?:s|ed|ing)?",
            # not "the Chinese leader's signature foreign policy project": his own hallmark
            r"signature(?!\s+(?:foreign|domestic|economic|policy|policies|project|projects"
            r"|programme|program|initiative|scheme|plan|reform|achievement|issue|dish|style)\b)",
            r"signatory",
            r"ink(?:ed|s)",
        ],
        "RATIFY": [r"ratif\w+"],
        "WITHDRAW": [
            r"no\s+longer\s+(?:an?\s+|the\s+)?(?:\w+\s+)?(?:members?|part(?:y|ies)\s+to|part\s+of)",
            # "Italy is no longer bound by the treaty": it has left it
            r"no\s+longer\s+(?:legally\s+)?bound\s+by",
            # "ceased on Saturday to be parties to the Ottawa Convention"
            r"ceas(?:e|es|ed)\s+(?:[\w-]+\s+){0,3}?to\s+be\s+(?:an?\s+|the\s+)?(?:\w+\s+)?"
            r"(?:members?|part(?:y|ies))(?=\s+(?:to|of|in)\b)",
            r"not\s+(?:to\s+)?renew",
            r"(?:refus|declin)\w*\s+to\s+renew",
            r"ceas(?:e|es|ed)\s+to\s+be\s+(?:an?\s+)?(?:\w+\s+)?(?:members?|part(?:y|ies)\s+to)",
            r"expell?(?:ed|s)?",
            r"expulsion",
            # "decided to end Russia's membership"
            r"(?:end|ended|ends|ending|terminat\w+)\s+(?:[\w']+\s+){0,3}?membership",
            # "would end its relationship with the World Health Organization"
            r"(?:end|ended|ends|ending|terminat\w+|sever\w*)\s+(?:its\s+|their\s+|the\s+)?"
            r"(?:relationship|ties)\s+with",
            r"(?:end|ended|ends|ending|terminat\w+)\s+(?:its\s+|the\s+)?provisional\s+application",
            # "the United States unsigned the Arms Trade Treaty": took back its signature
            r"unsign(?:s|ed|ing)?",
            r"revok\w+",
            r"revocation",
            r"withdr\w+",
            r"pull(?:s|ed|ing)?\s+out",
            # "South Africa walked out of the Commonwealth in 1961"
            r"walk(?:s|ed|ing)?\s+out\s+of",
            # "to take the United States out of the convention": the state taken out follows
            r"(?:tak(?:e|es|en|ing)|took)(?=\s+(?:[\w'-]+\s+){1,4}?out\s+of\b)",
            r"pullout",
            r"quit(?:s|ting)?",
            r"exit(?:s|ed|ing)?",
            r"leav(?:e|es|ing)",
            # "That left Australia outside the pact": what the news left a state with
            # ("the United States is left as the only holdout": what remains, not an exit)
            r"(?<!that\s)(?<!this\s)(?<!is\s)(?<!are\s)(?<!was\s)(?<!were\s)(?<!been\s)"
            r"left(?!\s+(?:open|behind|out|over|unchanged|alone|in\s+place"
            r"|waiting|outside|hanging|in\s+limbo|the\s+(?:field|door|way)\s+open))",
            r"departure",
        ],
        "SUSPEND": [
            r"suspen\w+",
            # "excluded Niger from all its activities"
            r"exclud(?:e|es|ed|ing)(?=\s+(?:\w+\s+){0,3}?from\s+all\b)",
            r"(?:froze|frozen|freez\w+)\s+(?:its\s+|their\s+)?(?:participation|membership)",
            r"freez\w+\s+(?:its\s+)?participation",
            r"(?:halt|stop|barr?)(?:s|ped|red|ed|ping|ring|ing)?\s+(?:[\w']+\s+){0,3}?"
            r"(?:participation|membership)",
        ],
        "REINSTATE": [
            r"reinstat\w+",
            r"readmi\w+",
            r"lift(?:s|ed|ing)?\s+(?:the\s+|its\s+|their\s+)?(?:[\w'-]+\s+){0,3}?suspension",
            r"restor\w+\s+(?:to\s+)?(?:its\s+|their\s+)?(?:full\s+)?(?:membership|seat)",
            # "Pakistan was restored to the councils of the Commonwealth", "restored it in 2004"
            r"(?:was|were|been|be|is|are)\s+restored\s+to",
            r"restored\s+(?:it|them)\b",
            r"resum\w+\s+(?:its\s+|their\s+)?(?:membership|participation)",
        ],
        "WITHDRAWN": [
            r"(?:of\s+)?(?:its|their|his|her|the|an?)\s+(?:\w+\s+)?(?:sanctions|veto|objections?|opposition|troops|forces|ambassadors?|candidacy|candidate|support|reservations?|bid|nomination|funding|staff|facilities|sites|inspectors|personnel|payments?|contributions?|talks|negotiations|cooperation|dialogue|delegations?)",
        ],
        "DOCUMENT": [
            r"(?<!in\s)(?:an?\s+|the\s+)?(?:executive\s+)?(?:orders?|decrees?|laws?|bills?"
            r"|proclamation|directive|memorand(?:um|a)(?!\s+of\b))",
            # "refused to sign up to language describing the Paris Agreement as irreversible",
            # "would not sign a declaration that weakened": a text, not the agreement
            r"(?:(?:an?|the)\s+(?:joint\s+|final\s+)?(?:declaration|communique|wording)|language)",
        ],
        "DEPOSIT": [
            r"deposit(?:s|ed|ing)?",
            r"lodg(?:e|es|ed|ing)",
            r"hand(?:s|ed|ing)\s+over",
            # "The European Community did so by an instrument of approval": the deposit just told
            r"did\s+so(?=\s+(?:by|with|through)\s+(?:means\s+of\s+)?(?:an?|its|their)\s+instruments?)",
        ],
        "NOTIFY": [
            r"notif\w+",
            r"formal\s+notice",
            r"notice",
            # "has told the United Nations that it is pulling out"
            r"(?:told|tells|informed|informs)\s+(?:the\s+)?(?:un|united\s+nations|secretary-general"
            r"|un\s+secretary-general|depositary|security\s+council)\b",
        ],
        "COMPLETE": [
            r"complet\w+",
            r"t(?:ook|akes|ake)\s+effect",
            r"became\s+effective",
            r"effective",
            r"finali[sz]\w+",
        ],
        "ORDER": [
            r"order(?:s|ed|ing)?",
            r"direct(?:s|ed|ing)",
            r"instruct\w*",
        ],
        "ANNOUNCE": [r"announc\w+", r"declar\w+", r"proclaim\w+", r"unveil\w+"],
        "WELCOME": [r"welcom\w+", r"congratulat\w+", r"hail(?:s|ed)?"],
        "AGREE": [
            r"approv\w+",
            r"vot(?:ed|es)\s+(?:on\s+(?:[\w.]+\s+){1,3}?|unanimously\s+|overwhelmingly\s+)?"
            r"(?:to|for|in\s+favou?r\s+of)",
            r"(?:gave|give|gives)\s+(?:its|their)\s+(?:consent|approval|green\s+light)",
            r"agree(?:s|d)?",
            r"accept(?:s|ed)?",
            r"consent\w*",
        ],
        "SCHEDULED": [r"(?:is|are|was|were)\s+(?:scheduled|due|set)\s+to"],
        "INTENT": [
            # "is in the process of leaving the treaty": an exit under way
            r"process\s+of(?=\s+(?:leaving|withdrawing|quitting|exiting)\b)",
            # not "began to apply the Schengen convention": applying it is no intent
            r"beg(?:in|an|un|ins|inning)(?!\s+(?:\w+\s+)?(?:to\s+apply|applying)\b)",
            r"start(?:s|ed|ing)?(?!\s+(?:\w+\s+)?(?:to\s+apply|applying)\b)",
            r"launch(?:es|ed|ing)?",
            r"plan(?:s|ned|ning)?",
            r"intend\w*",
            r"intention",
            r"seek\w*",
            r"sought",
            r"aim(?:s|ed|ing)?",
            r"want(?:s|ed)?",
            r"wish\w*",
            r"hop(?:e|es|ed|ing)",
            # not "apply the convention": putting it to work, not a request to join
            r"appl(?:y|ies|ied|ying)(?!\s+(?:the|its|their)\b)",
            r"application",
            r"request(?:s|ed)?",
            r"bid",
            r"candidacy",
            r"aspir\w+",
            r"pledg\w+",
            r"vow\w*",
            r"(?:ready|prepared|eager|poised|set|expected|scheduled)\s+to",
            r"decided\s+to",
            r"decision\s+to",
        ],
        "CONSIDER": [
            r"consider\w*",
            r"weigh\w*",
            r"mull\w*",
            r"stud(?:y|ies|ying)",
            r"review\w*",
            r"examin\w+",
            r"contemplat\w+",
            r"explor\w+",
            r"possibility",
            r"open\s+to",
            r"discuss\w*",
            r"debat\w+",
            r"whether\s+to",  # "has not decided whether to join"
            # "have expressed interest in joining": interest, not yet a wish declared
            r"interest(?:ed)?\s+in",
            r"reserv\w+\s+(?:the|its|their)\s+right\s+to",
            # "Belgium was 'looking closely' at joining"
            r"look(?:s|ed|ing)?\s+(?:\W\s*)?(?:closely|carefully|seriously|hard)\W?(?:\s+\W)?\s+at",
        ],
        "WARN": [r"warn\w*", r"caution\w*"],
        "DENY": [r"den(?:y|ies|ied|ying)", r"rejected\s+(?:reports|claims)"],
        # "could join": a possibility, which the text does not decide
        "EXPECT": [
            r"(?:is|are|was|were)\s+(?:widely\s+)?expected\s+to",
            r"expected\s+to",
            r"could",
            # "which would make it the first G7 country to sign": what would follow
            r"would\s+(?:make|render)",
            r"(?<!\d\s)may(?!\s*,?\s*\d)",  # not the month: "6 May", "May 2025"
            r"might",
        ],
        "SELF": [
            r"the\s+(?:country|kingdom|republic|emirate|sultanate|archipelago|island\s+nation)",
            r"(?:his|her|their)\s+country",
            # "its mission to the United Nations deposited": the state's envoys act for it (not "its
            # delegation" or "its ambassador": "withdrew its delegation" leaves nothing)
            r"its\s+(?:permanent\s+)?(?:mission|envoy|representative)",
        ],
        "PARTNER": [
            r"(?:dialogue\s+)?partner(?:ship)?\s+status",
            r"partner\s+(?:country|countries|state|states|nation|nations)",
            r"dialogue\s+partners?",
            r"associate(?:d)?\s+(?:member|state|country)",
            r"observer\s+status",
            r"as\s+(?:an?\s+)?observers?",
        ],
        "CONDITION": [
            r"condition\w*",
            r"unless",
            r"but\s+(?:that\s+)?(?:\w+\s+){0,2}first\s+(?:needs?|needed|wants?|wanted|requires?|required|must)",
            r"only\s+if",
            # "would like to join, but only once there is a path to a Palestinian state"
            r"only\s+(?:once|after|when)",
            r"(?<!as\s)(?<!even\s)(?<!asked\s)(?<!whether\s)if",
            r"provided\s+that",
            r"once(?=\s+(?:the\s+)?[A-Za-z]\w*\s+(?:\w+\s+)?(?:recogni|agree|accept|meet|end|lift|withdraw|ratif|join))",
            r"in\s+(?:exchange|return)\s+for",
            r"as\s+long\s+as",
            r"precondition\w*",
            r"prerequisite\w*",
            r"until",
            # not "without giving a timetable": a manner of saying, no condition
            r"without(?!\s+(?:giving|saying|specifying|naming|elaborating|offering|setting|providing"
            r"|indicating|detailing)\b)",
        ],
        "AS_OF": [
            r"(?:as\s+(?:of|from)|from|starting|effective)",
        ],
        "ORDINAL": [
            r"first|last|latest|newest|only|second|third|fourth|fifth",
            r"sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\w+teenth|\w+tieth|hundredth",
            r"\d+(?:st|nd|rd|th)",
        ],
        "MUST": [r"must", r"(?:needs?|has|have)\s+to"],
        "FUTURE": [
            r"will",
            r"shall",
            r"would",
            r"\w+'ll",
            r"soon",
            r"in\s+the\s+future",
            r"upcoming",
            r"going\s+to",
            r"next\s+(?:week|month|year)",
            r"(?:set|poised|slated)\s+to",
        ],
        "NEG": [
            r"not",
            r"no\s+longer",
            r"yet\s+to",
            r"(?:did|does|do|has|have|had|is|are|was|were|can)n't",
            r"cannot",
            # "has never signed", "never ratified it": a standing, not a refusal ("will never
            # join" is NEG_FUT)
            r"(?:has|have|had)\s+never",
            r"never(?=\s+(?:\w+ed|became|took|went|made|did|was|were)\b)",
            r"neither",
            r"nor",
            # "a declaration against ratification", "campaigned against membership"
            r"against(?=\s+(?:its\s+|their\s+|the\s+)?(?:ratification|accession|membership"
            r"|signature|joining)\b)",
        ],
        "PRESSURE": [
            # not "Northgate Press Agency", "a press conference"
            r"press(?:ed|es|ing)?(?!\s+(?:conference|release|briefing|agency|service|association"
            r"|office|corps|room|secretary|freedom|statement|trust|wire|reports?)\b)",
            r"pressur\w+",
            r"urg(?:e|es|ed|ing)",
            r"call(?:s|ed|ing)?\s+on",
            r"push\w*",
            r"persuad\w+",
            r"convinc\w+",
            r"encourag\w+",
            r"invit\w+",
            r"lobb\w+",
            r"recommend\w*",
            r"advis\w+",
            # others letting a state take the step: "the protocols that will allow Poland to join"
            r"allow(?:s|ed|ing)?",
            r"permit(?:s|ted|ting)?",
            r"enabl(?:e|es|ed|ing)",
            r"(?:clear|pav)(?:e|es|ed|ing|s)?\s+the\s+way\s+for",
        ],
        "TITLE": [
            r"presidents?",
            r"prime\s+ministers?",
            r"ministry",
            r"premiers?",
            r"(?:foreign\s+)?ministers?",
            r"secretary(?:\s+of\s+state)?",
            r"ambassadors?",
            r"envoys?",
            r"spokes\w+",
            r"officials?",
            r"king",
            r"emir",
            r"crown\s+prince",
            r"leader",
            r"chancellor",
            r"diplomats?",
            r"delegation",
        ],
        "PREP_ALONG": [
            r"along\s+with",
            r"together\s+with",
            # "in June 2022, at the same time as Togo"
            r"at\s+the\s+same\s+time\s+as",
            r"alongside",
            r"as\s+did",
            # "was suspended in March 2013, as were Mali in March 2012 and Guinea-Bissau"
            r"as\s+(?:were|was)",
            # "the first to sign, followed (the same day) by Mexico": Mexico signed too
            r"followed\s+(?:(?:on\s+)?(?:the\s+same|that)\s+day\s+)?by",
            # "joins the Baltic states in leaving the treaty": joining others in a step they
            # take, not joining the treaty
            r"join(?:s|ed|ing)?\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?"
            r"(?:states|countries|nations|neighbou?rs|allies|partners)\s+in(?=\s)",
        ],
        "PREP_WITH": [r"with"],
        "PREP_BETWEEN": [r"between"],
        "PREP_IN": [r"in", r"at", r"hosted\s+by"],
        "PREP_TO": [r"to"],
        "PREP_FOR": [r"for"],
        "GENERIC": [
            r"(?:the|this|these)\s+(?:accords?|agreements?|treaty|alliance|bloc|pact|convention|statute|court"
            r"|group|organi[sz]ation|partnership|initiative|protocol|charter|text|league|community)",
            # "the document enters into force": the treaty just named
            r"(?:the|this)\s+document(?=\s+(?:\w+\s+){0,2}?(?:enter|come|came|take|took)\w*\s+"
            r"(?:into\s+force|effect))",
        ],
        # "one of the few states that signed": "that" after a class of states opens a relative
        "RELATIVE": [
            r"which",
            r"who",
            r"whose",
            # (not "told the United Nations that", "the United States that")
            r"(?<=states\s)(?<!united\sstates\s)that",
            r"(?<=countries\s)that",
        ],
        "CLAUSE_WORD": [
            r"while",
            r"whereas",
            r"after",
            r"but",
            r"although",
            r"though",
            r"amid",
            r"however",
        ],
    },
    "fr": {
        "EIF": [
            # (not "l'entrée en vigueur générale": the treaty's own, for no state in particular)
            r"entr\w+\s+(?:aujourd\W?hui\s+|demain\s+|officiellement\s+)?en\s+vigueur"
            r"(?!\s+general)",
            r"s'?appliqu\w*(?:\s+desormais|\s+deja)?",
            r"prend\w*\s+effet",
            r"deven\w+\s+(?:juridiquement\s+)?contraignant\w*\s+pour",
            # "la Finlande est juridiquement tenue par la convention": bound by it
            r"(?:est|sont|sera|seront|devient|deviennent)\s+(?:desormais\s+|juridiquement\s+"
            r"|legalement\s+){0,2}(?:tenue?s?|liee?s?)\s+par",
            # "la Turquie y sera liée à compter du 10 novembre": bound from a day
            r"(?:est|sont|sera|seront)\s+(?:desormais\s+|juridiquement\s+|legalement\s+){0,2}"
            r"(?:tenue?s?|liee?s?)(?=\s+(?:a\s+compter|a\s+partir|des\s+le)\b)",
        ],
        "STILL": [r"toujours", r"continue\w*\s+(?:de|a|d')", r"demeure\w*", r"reste\w*"],
        "UNDER": [r"sous\s+(?:la\s+)?pression"],
        "BG_SENTENCE": [
            r"rappel\w*\s+que",
            r"pour\s+rappel",
            r"il\s+(?:convient|faut)\s+de\s+rappeler",
            r"a\s+noter\s+que",
        ],
        "BG_CLAUSE": [
            r"avai(?:t|ent)",
            r"eu(?:t|rent)\s+(?:\w+\s+)?\w+(?:e|es|i|is|u|us|t|ts)",
            r"deja",
            r"auparavant",
            r"precedemment",
            r"a\s+l'epoque",
            r"autrefois",
            r"jadis",
        ],
        "NEG_FUT": [
            r"pas\s+question",
            r"n'entend\s+pas",
            r"ne\s+compte\s+pas",
            r"ne\s+(?:va|vont)\s+pas",
            r"ne\s+\w+(?:ra|ront)\s+(?:pas|plus|jamais)",
            r"jamais",
        ],
        "REFUSE": [
            r"refus\w*",
            r"vot(?:e|es|ent|er|ait|aient|a|ant|e)\s+contre",
            r"renonc\w+",
            r"rejet\w*",
            r"rejett\w+",
            r"rejeter",
            r"declin\w+",
            r"s'oppos\w+",
            r"oppos(?:e|ent|ee)",
            # "a exclu (mardi) d'adhérer": ruled out
            r"exclu\w*(?=\s+(?:\w+\s+)?(?:d'|de\s+)\w+(?:er|ir|re)\b)",
            # "s'abstiendra de déposer une demande d'adhésion" (not an abstention in a vote)
            r"s'?abst(?:ien|en|iend|enir)\w*(?=\s+d(?:e\s|'))(?!\s+de\s+voter|\s+d'un\s+vote)",
        ],
        "NORMALISE": [r"normalis\w+", r"etabli\w*\s+des\s+relations"],
        "JOIN": [
            # "la Chine, la Russie et le Kazakhstan ont fondé l'OCS": its founders joined it
            r"(?:ont|avaient)\s+fonde(?!\s+sur\b)",
            # "la Suisse applique pleinement l'accord d'association à Schengen": a member of
            # the treaty's area
            r"appliqu(?:e|ent)\s+pleinement",
            # "a été fondée à Bagdad en 1960 par l'Iran, l'Irak...": its founders joined it
            r"(?:a\s+ete|ont\s+ete|fut|furent|avai(?:t|ent)\s+ete)\s+(?:fonde|cree|etabli)e?s?"
            r"(?=\s+(?:[\w,'-]+\s+){0,10}?par\s)",
            # "les accords ont été lancés le 13 octobre 2020 par huit pays": their founders
            r"(?:a\s+ete|ont\s+ete|fut|furent|avai(?:t|ent)\s+ete)\s+lance(?:e|s|es)?"
            r"(?=\s+(?:[\w,'-]+\s+){0,8}?par\s)",
            # "l'Espagne et le Portugal sont depuis aujourd'hui membres de la Communauté"
            # "la France, l'Italie [...] forment la Communauté économique européenne": its members
            r"form(?:ent|erent|aient)(?=\s+(?:desormais\s+)?(?:la|le|l')\s*(?:[\w'-]+\s+){0,3}?"
            r"(?:communaute|union|organisation|alliance|zone|espace)\b)",
            r"(?:est|sont)\s+(?:depuis|a\s+partir\s+d')\s*aujourd'hui(?:\s*,\s*\w+\s*,)?\s+"
            r"(?:\w+\s+)?(?:membres?|parties?\s+(?:a|au|aux)\b)",
            r"membres?(?=\s+(?:de\s+|d')?(?:[\w'-]+\s+){0,4}?depuis\s+(?:\w+\s+)?\d{4})",
            # "membre à part entière des Brics depuis le 1er janvier"
            r"membres?(?=\s+(?:de\s+|d')?(?:[\w'-]+\s+){0,5}?depuis\s+le\s+\d{1,2}(?:er)?\s+(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)\b)",
            r"membres?\s+fondat\w+(?=\s+(?:[\w'-]+\s+){0,6}?(?:en|depuis)\s+(?:\w+\s+)?\d{4})",
            # "L'Islande est depuis mardi le treizième État membre": became one that day
            r"(?:est|sont)\s+depuis\s+(?:[\w-]+\s+){1,3}?(?:(?:le|la|un|une)\s+)?(?:[\w-]+\s+){0,2}?"
            r"membres?\b",
            # "L'Espagne est désormais membre à part entière de l'Unesco": it has become one
            r"(?:est|sont)\s+(?:desormais|maintenant)\s+(?:(?:un|une|le|la)\s+)?(?:[\w'-]+\s+){0,2}?"
            r"membres?\b",
            # "Parmi ses membres fondateurs figurent les États-Unis, le Japon [...]"
            r"membres?\s+fondat\w+(?=\s+(?:(?:de|du|des)\s+(?:[\w'-]+\s+){1,8}?)?(?:figurent|sont|furent)\b)",
            r"membres?(?=\s+(?:de\s+|d')?(?:[\w'-]+\s+){0,4}?depuis\s+(?:sa|leur)\s+"
            r"(?:creation|fondation|naissance)\b)",
            r"rejoin\w*",
            # not "se rejoignent": where borders or roads meet
            r"(?<!\bse\s)rejoign\w+",
            r"rejoint",
            r"faire\s+partie\s+d",
            # "fait partie de l'OTAN depuis 1952"
            r"f(?:ait|ont|aisait|aisaient)\s+partie(?=\s+(?:de|du|des|d')\s*(?:[\w'-]+\s+){0,5}?depuis\s+(?:\w+\s+)?\d{4})",
            r"retour",
            # "est revenu à l'Unesco en 1997", "avant de revenir en 1997": returned to it (not
            # "revenir sur sa décision", nor the noun "le revenu")
            r"(?:(?:est|sont|etait|etaient|soit|etre)\s+(?:\w+\s+)?revenu\w*|revenir|revien\w+"
            r"|reviendr\w+)(?=\s+(?:[\w'-]+\s+){0,2}?(?:a|au|aux|dans|en)\s)",
            r"(?:reprend\w*|repris\w*|retrouv\w+)\s+(?:\w+\s+)?(?:sa|leur)\s+(?:place|siege)",
            r"integr(?:er|e|ee|ent|ation|era|eront)",
            # not "devenue le dernier des trente membres dont": a member already, ranked
            r"(?:devenu|devenue|devenues|devient|devenir|deviendra|deviendront|devenus|deviennent)"
            r",?\s+(?!(?:[\w'-]+\s+){0,2}?(?:le|la)\s+(?:dernier|derniere|premier|premiere|seul|seule)"
            r"\s+des\s+(?:[\w'-]+\s+){0,4}?membres\b)(?:[\w'-]+,?\s+){0,10}?(?:le\s+|la\s+|l'|un\s+|une\s+|des\s+)?(?:\w+\s+)?membres?"
            # not "le premier membre de l'UE à signer"
            r"(?!(?:\s+[\w'-]+){0,5}?\s+a\s+[a-z]+(?:er|ir|re)\b)",
            r"(?:devenu|devenue|devenues|devient|devenir|deviendra|deviendront|devenus|deviennent)"
            r"\s+(?:[\w'-]+\s+){0,3}?(?:etat\s+partie|partie(?=\s+(?:au|aux|a)\b))",
            r"(?<=\by\s)(?:(?:sont|est|etaient|seront|sera)\s+)?entr(?:e|ee|ees|es|ent|era|eront)\b",
            # "est entrée dimanche dans l'espace Schengen", "entrent officiellement dans"
            r"entr(?:e|ee|ees|es|ent|er|era|eront)\s+(?:(?!en\b|pas\b)\w+\s+){0,2}?dans"
            r"(?!\s+(?:(?:le|la|les|l'|une?|sa|son|leur)\s*)?(?:\w+\s+)?(?:processus|phase|negociation"
            r"|discussion|etape|ere|histoire|course|debat|dialogue|logique|antichambre|salle))",
            r"(?:ete|sont|est|soit|seront|sera|etre)\s+admi(?:s|se|ses)",
            # "La Conférence générale a admis lundi la Palestine": an organisation admits
            # not "a admis que" (conceded)
            r"(?:a|ont|avait|avaient)\s+admis(?!\s+(?:\w+\s+){0,2}?qu(?:e\b|'))",
            r"admettre",
            r"admission",
        ],
        "ACCEDE": [r"adher\w+", r"adhes\w+"],
        # (an organisation's "confirmation formelle" is its ratification, told as an approval)
        "ACCEPT": [
            r"instruments?\s+d(?:'|e\s+)(?:acceptation|approbation|confirmation\s+formelle)"
        ],
        "SIGN": [
            r"appos\w+\s+(?:sa|leur|leurs)\s+signatures?",
            r"sign(?:e|ee|es|ees|er|ent|era|eront|ait|ature|ataire|ataires)",
        ],
        "RATIFY": [r"ratifi\w+"],
        "WITHDRAW": [
            r"(?:n\'est|ne\s+sont|n\'etait|n\'etaient|ne\s+sera|ne\s+seront)\s+plus\s+(?:\w+\s+)?"
            r"(?:membres?|(?:etats?\s+)?parties?\s+(?:a|au|aux)\b)",
            # "elle n'est plus liée par le texte depuis le 1er janvier 2016": it has left it
            r"(?:n\'est|ne\s+sont|n\'etait|n\'etaient)\s+plus\s+(?:juridiquement\s+)?lie(?:e|s|es)?\s+par",
            # "mettre fin à l'adhésion de la Russie"
            r"(?:mettre|met|mis|mettent|mettant)\s+fin\s+(?:a\s+)?(?:l'|la\s+)?(?:adhesion"
            r"|qualite\s+de\s+membre|appartenance)",
            # "mettra fin à sa relation avec l'OMS", "rompre avec"
            r"(?:mett\w*|met|mis)\s+fin\s+a\s+(?:sa|leur|la)\s+relation\s+avec",
            r"(?:mettre|met|mis|mettent|mettant|mettra)\s+fin\s+a\s+(?:l'|son\s+|sa\s+)?application\s+"
            r"provisoire",
            # "ne font plus partie de la Cédéao"
            r"ne\s+(?:fait|font|fera|feront|faisait|faisaient)\s+plus\s+partie(?=\s+d)",
            # "le Royaume-Uni a cessé d'être membre de l'Unesco"
            r"cess\w+\s+(?:\w+\s+){0,2}?d'etre\s+(?:\w+\s+)?(?:membres?|(?:etats?\s+)?parties?)\b",
            # "avaient de nouveau claqué la porte de l'Unesco": slammed the door on it
            r"claqu\w+\s+la\s+porte",
            r"exclu(?:e|es|s|sion)?(?!\s+(?:\w+\s+)?(?:d'|de\s+)\w+(?:er|ir|re)\b)",
            r"ne\s+(?:pas\s+)?renouvel\w+(?:\s+pas)?",
            r"revoqu\w+",
            # not "dénoncé (à plusieurs reprises) les accords comme une tentative": criticised
            r"denonc\w+(?!\s+(?:\w+\s+)?que\b)(?!\s+(?:[\w']+\s+){0,8}?comme\b)"
            r"(?!\s+(?:a\s+plusieurs\s+reprises|regulierement|vivement|fermement))",
            r"retir\w+",
            r"retrait",
            r"quitt\w+",
            r"sorti\w*",
            r"sortira\w*",
        ],
        "SUSPEND": [r"suspen\w+", r"gel\w*\s+(?:sa\s+|de\s+sa\s+)?participation"],
        "REINSTATE": [
            r"reintegr\w+",
            # "la Syrie a retrouvé son siège à la Ligue arabe"
            r"retrouv\w+\s+(?:son|sa|leur)\s+(?:siege|place)",
            # not "jusqu'au rétablissement de l'ordre constitutionnel"
            # nor "pour rétablir un gouvernement civil"
            r"retabli\w*(?!\s+(?:de\s+|d')?(?:l'|la\s+|le\s+|les\s+|des\s+|du\s+|un\s+|une\s+)?"
            r"(?:ordre|democratie|paix|relations?|dialogue|securite|stabilite|confiance|calme"
            r"|legalite|institutions?|gouvernements?|pouvoir|regime|autorites))",
            r"readmi\w+",
            # "a levé ce mois-ci la suspension"
            r"lev(?:e|ee|er|ent|ait|a)\s+(?:[\w'-]+\s+){0,3}?(?:la\s+|sa\s+|leur\s+)?suspension",
            # "reprendre sa participation", "la reprise de la participation syrienne"
            r"(?:repren\w+|repris\w*|reprise)\s+(?:de\s+)?(?:la\s+|sa\s+|leur\s+)?participation",
        ],
        "WITHDRAWN": [
            r"(?:son|sa|ses|leur|leurs|le|la|les|l\'|un|une|des|du|de\s+la)\s*(?:sanctions|veto|objections?|opposition|troupes|forces|soutien|candidature|ambassadeur|reserves?|financement|paiements?|versements?|contributions?|negociations|pourparlers|cooperation|dialogue|delegations?)",
        ],
        "DOCUMENT": [
            r"(?:un\s+|le\s+|la\s+)?(?:decret\w*|loi|ordonnance|projet\s+de\s+loi|directive"
            r"|memorandum(?!\s+d))",
            # "ne signerait pas une déclaration qui affaiblirait": a text, not the agreement
            r"(?:une|la)\s+(?:declaration|communique)(?:\s+(?:commune|finale))?",
        ],
        "DEPOSIT": [
            r"depos\w+",
            r"depot",
            r"remi[st]e?s?",
            r"remet\w*",
            # "la Communauté l'a fait au moyen d'un instrument d'approbation"
            r"l'(?:a|ont|avait|avaient)\s+fait(?=\s+(?:par|avec|au\s+moyen\s+d'?)\s*(?:un|son|leurs?)\s+"
            r"instruments?)",
        ],
        "NOTIFY": [
            r"notifi\w+",
            r"notification",
            r"preavis",
            r"fait\s+savoir",
            # the verb, not the noun: "(Agence Francophone d'Information)" informs no one
            r"inform(?:e|ee|es|ees|ent|er|era|eront|ait|aient|ant)",
        ],
        "COMPLETE": [
            r"effecti\w+",
            r"pris\s+effet",
            r"prend\w*\s+effet",
            r"finalis\w+",
            r"acheve\w*",
        ],
        "ORDER": [
            r"ordonn\w+",
            r"instrui\w+",
            r"charg(?:e|ee|eant)\s+(?:\w+\s+){0,3}?de",
        ],
        "ANNOUNCE": [r"annon\w+", r"declar\w+", r"proclam\w+", r"officialis\w+"],
        "WELCOME": [r"salu(?:e|ent|ait|a)", r"felicit\w+", r"(?:se\s+)?rejoui\w+\s+de"],
        "AGREE": [
            r"approuv\w+",
            r"(?:feu\s+vert)",
            r"accept\w+",
            r"consent\w+",
            r"convenu",
            r"vot(?:e|ent|ait)\s+(?:pour|en\s+faveur\s+d)",
            r"vot(?:e|ee|ent|ait|era)",  # "a voté la sortie": a decision, not yet the exit
        ],
        "SCHEDULED": [
            r"(?:doit|doivent|devra|devront)\s+devenir",
            r"(?:est|etait)\s+prevu\w*\s+que",
        ],
        "INTENT": [
            # not "a commencé hier à appliquer la convention": applying it is no intent
            r"commenc\w+(?!\s+(?:\w+\s+)?a\s+appliquer\b)",
            r"entam\w+",
            r"lanc\w+\s+(?:le\s+)?processus",
            r"engag\w+\s+(?:le\s+|un\s+)?processus",
            # "la procédure de sortie du traité, qui ne prendra effet que dans six mois": an exit
            # under way is not one that has taken effect
            r"(?:procedure|processus)\s+de(?=\s+(?:sortie|retrait)\b)",
            r"compte\w*",
            r"prevoi\w+",
            r"souhait\w+",
            r"veu(?:t|lent)",
            r"voudrai\w+",
            r"entend\w*",
            r"candidat\w*",
            r"demande\w*",
            r"aspir\w+",
            r"s'appret\w+",
            r"intention",
            r"volonte\s+de",
            r"volonte\s+d'",
            r"vise\w*",
            r"cherche\w*",
            r"esper\w+",
            r"pret(?:e|s|es)?\s+a",
            r"s'engag\w+",
            r"decid\w+\s+d",
        ],
        "CONSIDER": [
            r"interet\s+(?:pour|a)",
            r"interess\w+\s+(?:par|a)",
            r"envisag\w+",
            r"etudi\w+",
            r"examin\w+",
            r"reflechi\w+",
            r"reflexion",
            r"possibilit\w+",
            r"potentiel\w*",
            r"eventuel\w*",
        ],
        "WARN": [r"averti\w*", r"met\s+en\s+garde", r"mis\s+en\s+garde", r"mettant\s+en\s+garde"],
        "DENY": [r"dement\w*"],
        "EXPECT": [
            r"(?:est|sont)\s+attendu\w*\s+(?=a|d)",
            r"pourrai\w+",
            # "ce qui permettrait une entrée en vigueur": what would follow
            r"permettrai\w+",
            # "ce qui en ferait le premier pays du G7 à signer"
            r"ferai(?:t|ent)",
            # "dans l'espoir d'une entrée en vigueur": a hope
            r"dans\s+l'espoir\s+d",
            # "ne pouvait plus justifier son adhésion": no longer able to, a membership held
            r"(?:peut|peuvent|pouvait|pouvaient)\s+plus",
        ],
        "SELF": [
            r"le\s+pays",
            r"(?:son|leur)\s+pays",
            r"le\s+royaume",
            r"la\s+republique",
            # "La plus ancienne république du monde est devenue mercredi [...] membre"
            r"la\s+(?:plus\s+)?(?:[\w-]+\s+){1,2}?republique",
            r"le\s+(?:plus\s+)?(?:petit|jeune|nouvel|nouveau)\s+(?:etat|pays|royaume)",
            r"l'emirat",
            r"le\s+sultanat",
            r"l'archipel",
            r"(?:sa|son)\s+(?:mission|representant\w*)",
        ],
        "PARTNER": [
            r"(?:(?:du|le|au|un|d'un)\s+)?statut\s+(?:de\s+|d')?(?:pays\s+)?(?:partenaire|observateur)\w*",
            r"pays\s+partenaires?",
            r"partenaires?\s+de\s+dialogue",
            r"(?:etat|pays|membre)\s+associe\w*",
            r"(?:en\s+tant\s+qu'|comme\s+)observateurs?",
        ],
        "CONDITION": [
            r"condition\w*",
            r"sauf\s+si",
            r"mais\s+(?:\w+\s+){0,3}d\s*abord",
            r"que\s+si",
            r"seulement\s+si",
            r"(?:seulement|uniquement)\s+(?:apres|lorsque|quand|une\s+fois)",
            # "n'adhérera pas avant la création d'un État palestinien"
            r"avant\s+(?:la\s+creation|l'etablissement)",
            # "Dès qu'Israël reconnaîtra la Palestine, l'Indonésie sera prête à..."
            r"des\s+que",
            r"des\s+qu'",
            r"une\s+fois\s+que",
            r"une\s+fois\s+qu'",
            r"en\s+echange",
            r"moyennant",
            r"tant\s+que",
            r"sous\s+reserve",
            # not "le deuxième pays sans lien historique avec l'empire": a state described
            r"(?<!pays\s)sans",
            r"prealabl\w+",
            r"exig\w+",
        ],
        "AS_OF": [
            r"(?:a\s+compter\s+du|a\s+compter\s+de|a\s+partir\s+du|a\s+partir\s+de|des\s+le)",
        ],
        "ORDINAL": [
            r"premier\w*|dernier\w*|seul\w*|deuxieme|troisieme",
            r"\w+ieme|\d+(?:e|eme|ieme)",
        ],
        "MUST": [r"doi(?:t|vent)"],
        "FUTURE": [
            # "va adhérer", "vont se retirer": "aller" before an infinitive within two words
            # (not "va bien au-delà de la convention que [...] avaient signée")
            # ("va s'en retirer", "vont l'adopter": a pronoun before the infinitive)
            r"(?:va|vont)(?=\s+(?:[\w']+\s+){0,2}?(?!(?:contre|entre|notre|votre|autre)\b)"
            r"(?:[a-z]'){0,2}[a-z]+(?:er|ir|re|oir)\b)",
            # "a annoncé que les États-Unis allaient révoquer": the future told in the past
            r"allai(?:t|ent)",
            # "lorsque les autorités auront signé": the future perfect
            r"aur(?:a|ont)(?=\s+(?:\w+\s+)?[a-z]+(?:e|i|u|is|it)\b)",
            r"ser(?:a|ont|ait|aient)",
            r"prochain\w*",
            r"bientot",
            r"a\s+l'avenir",
            r"devrai(?:t|ent)",
        ],
        "NEG": [
            # "n'a jamais signé": a standing, not a refusal ("ne signera jamais" is NEG_FUT);
            # before "n'", which would take its first word
            # (also with an object pronoun: "ne l'ont jamais ratifié", "n'y a jamais adhéré")
            r"(?:n'(?:y\s+)?|ne\s+(?:l'|les\s+|l'y\s+|s'y\s+))"
            r"(?:a|ont|avait|avaient|est|sont|etait|etaient)\s+jamais",
            r"ne",
            r"n'",
            r"pas",
            r"non",
            r"aucun\w*",
        ],
        "PRESSURE": [
            r"press\w+",
            r"pouss\w+",
            # "ne pas croire que la Syrie méritait de revenir dans la Ligue": others' judgement
            r"merit(?:e|ait|ent|aient)\s+de",
            r"exhort\w+",
            r"appel\w*\s+(?:a|au|aux)",
            r"incit\w+",
            r"encourag\w+",
            r"convainc\w+",
            r"persuad\w+",
            r"invit\w+",
            r"recommand\w+",
            r"preconis\w+",
            r"permett\w+\s+(?:a|au|aux|d)",
            r"permis\s+(?:a|au|aux)",
            r"ouvr\w+\s+la\s+(?:voie|porte)\s+(?:a|au|aux)",
        ],
        "TITLE": [
            r"president\w*",
            r"premier\s+ministre",
            r"ministere",
            r"ministre",
            r"secretaire",
            r"ambassadeur\w*",
            r"envoye\w*",
            r"porte-parole",
            r"roi",
            r"emir",
            r"prince",
            r"dirigeant\w*",
            r"chef",
            r"chancelier\w*",
            r"diplomat\w*",
            r"responsables?",
            r"delegation",
        ],
        "PREP_ALONG": [
            r"aux\s+cotes\s+d(?:e|u|es)",
            r"ainsi\s+que",
            # "en juin 2022, en même temps que le Togo"
            r"en\s+meme\s+temps\s+que",
            r"de\s+meme\s+que",
            r"suivi(?:e|s|es)?\s+(?:le\s+meme\s+jour\s+)?(?:de|du|des|par)",
            # "rejoint les pays baltes dans la procédure de sortie": joining others in a step
            r"(?:rejoin\w*|rejoign\w+)\s+(?:les|ses|leurs)\s+(?:pays|etats|voisins|allies"
            r"|partenaires)(?:\s+[\w-]+)?\s+(?:dans|en)(?=\s)",
        ],
        "PREP_WITH": [r"avec"],
        "PREP_BETWEEN": [r"entre"],
        "PREP_IN": [r"au", r"en", r"aux"],
        "PREP_TO": [r"a", r"aupres\s+d(?:e|u|es)"],
        "PREP_FOR": [r"pour"],
        "GENERIC": [
            r"(?:l'|le\s+|la\s+|les\s+|du\s+|des\s+|au\s+|aux\s+|cet\s+|cette\s+|ce\s+|ces\s+)"
            r"(?:accords?|traite|alliance"
            r"|bloc|pacte|convention|statut|cour|organisation|organisme|groupe|initiative|protocole"
            r"|partenariat|charte|texte|ligue|communaute)",
            r"(?:le|ce)\s+document(?=\s+(?:\w+\s+){0,2}?entr\w+\s+en\s+vigueur)",
        ],
        "RELATIVE": [
            r"qui",
            r"dont",
            r"lequel",
            r"laquelle",
            r"lesquels",
            r"lesquelles",
            r"auquel",
        ],
        "CLAUSE_WORD": [
            r"tandis",
            r"alors\s+que",
            r"apres",
            r"mais",
            r"bien\s+que",
            r"lorsque",
            r"cependant",
        ],
    },
    "ru": {
        "EIF": [
            r"вступ\w+\s+(?:сегодня\s+|завтра\s+|официально\s+)?в\s+силу",
            r"вступлени\w+\s+в\s+силу",
            # "соглашение начнет действовать 1 февраля", "вступает в действие": takes effect
            r"(?:начн|начал|начина)\w*\s+деиствовать",
            r"вступ\w+\s+в\s+деиствие",
            r"распространя\w+\s+на",
            # "обязательства становятся юридически обязательными для России, Японии..."
            r"станов\w+\s+(?:юридически\s+)?обязательн\w+\s+для",
        ],
        "STILL": [
            r"по-прежнему",
            r"до\s+сих\s+пор",
            r"все\s+еще",
            r"продолжа\w+",
            r"остается",
            r"остаются",
        ],
        "UNDER": [r"под\s+давлением"],
        "BG_SENTENCE": [
            r"напомн\w+",
            r"следует\s+напомнить",
            r"стоит\s+напомнить",
            r"как\s+известно",
        ],
        "BG_CLAUSE": [
            r"ранее",
            r"уже",
            r"прежде",
            r"в\s+свое\s+время",
            r"когда-то",
            # (not "была создана в 2001 году Китаем, Россией...", which names its founders)
            rf"был\w*\s+(?:создан|основан|учрежден|подписан)\w*(?!{_RU_FOUNDERS})",
        ],
        "NEG_FUT": [
            r"не\s+(?:будет|будут|намерен\w*|собира\w+|планиру\w+)",
            r"не(?=\s+(?:станет|станут)\b)",  # "не станет членом": the verb stays a trigger
            r"никогда",
        ],
        "REFUSE": [
            r"отказ\w+",
            # "означает отказ Сербии от вступления": the noun, with what is refused after "от"
            r"отказ(?=\s+(?:\w+\s+){0,2}?от\s)",
            r"отверг\w+",
            r"отклон\w+",
            # not "выступает против «дискредитации» инициативы": against what others do to it
            r"выступа\w+\s+против(?!\s+[«\"]?(?:дискредитац|политизац|давлени|вмешательств)\w*)",
            r"(?:про)?голосова\w+\s+против",
            # "воздержится от подачи заявки на вступление": refrains from it; not from a vote, a
            # criticism or a comment
            r"воздерж(?:ит|ат|ива|ал|ать|ался|алась|ались|ится|атся)\w*\s+от"
            r"(?!\s+(?:\w+\s+)?(?:голосовани|критик|комментари|оценок|заявлени)\w*)",
        ],
        "NORMALISE": [r"нормализ\w+", r"установ\w+\s+(?:дипломатически\w+\s+)?отношени\w+"],
        "JOIN": [
            # "Китай, Россия и Казахстан основали ШОС": its founders joined it
            r"(?:основали|учредили|основавш\w+|учредивш\w+)",
            # "Дания [...] применяют Шенгенские соглашения в полном объёме": members of the
            # treaty's area
            r"применя(?:ет|ют)(?=\s+(?:[\w-]+\s+){1,4}?в\s+полном\s+объеме)",
            # "была образована в марте 1945 года Египтом, Ираком...": its founders, in the
            # instrumental case, joined it
            rf"(?:был\w*\s+)?(?:образован|создан|основан|учрежден)\w*(?={_RU_FOUNDERS})",
            r"член\w*(?=\s+(?:[\w-]+\s+){0,4}?с\s+(?:\w+\s+){0,2}?\d{4})",
            r"член\w*(?=\s+(?:[\w-]+\s+){0,4}?с\s+(?:момента\s+)?(?:ее\s+|его\s+|их\s+)?"
            r"(?:создания|основания)\b)",
            r"(?:член\w*|государств\w*|стран\w*)[\s-]+(?:основател|учредител)\w*"
            r"(?=\s+(?:[\w-]+\s+){0,6}?(?:в|с)\s+(?:\w+\s+)?\d{4})",
            # "В число её членов-основателей вошли США, Япония [...]"
            r"(?:член\w*|государств\w*|стран\w*)[\s-]+(?:основател|учредител)\w*"
            r"(?=\s+(?:вошли|стали|являются)\b)",
            r"(?:основател|учредител)\w*(?=\s+(?:[\w-]+\s+){0,6}?(?:в|с)\s+(?:\w+\s+)?\d{4})",
            r"вступ\w+",
            # "с этого дня Россия, Белоруссия и Казахстан официально являются членами": members
            # from that day (only after such words: see _FROM_THEN_RE)
            # (not "является членом ЕС с 2004 года": the member since, read as such)
            r"(?:являются|является)\s+(?:официально\s+|полноправными\s+|полноправным\s+)?член\w*"
            r"(?!(?:\s+[\w-]+){0,5}?\s+с\s)",
            # "получила статус полноправного члена БРИКС"
            r"получ(?:ил|ила|или|ит|ат)\w*\s+статус\w*\s+(?:полноправн\w+\s+)?член\w*",
            # "С 1 января членами (участниками) БРИКС стали Египет, Эфиопия, Иран и ОАЭ"; not
            # "Предыдущим новым членом альянса стала Черногория" (a member before)
            r"(?<!предыдущим\s)(?<!предыдущим\sновым\s)"
            # (nor "Её первым участником стала Турция", "Одним из последних участниками стал":
            # a rank among the parties, told of a step told otherwise)
            r"(?<!первым\s)(?<!последним\s)(?<!последних\s)(?<!первых\s)"
            r"(?:член|участник)(?:ом|ами)\s+(?:[\w-]+\s+){0,4}?(?:стал|стала|стали|станут|станет)",
            r"стать\s+частью",
            r"вернул\w*\s+(?:себе\s+)?(?:сво\w+\s+)?мест\w*",
            # not "стал республикой и перестал быть членом Содружества": it ceased to be one
            # not "стала последним из тридцати членов альянса, чей": a member already, ranked
            r"(?:стал|стала|станет|станут|становится|становятся|становиться|стать|стали),?\s+"
            r"(?!(?:[\w-]+\s+){0,2}?(?:последн|перв|единствен|втор|трет)\w*\s+из\s+"
            r"(?:[\w-]+\s+){0,4}?член)"
            r"(?:(?!перест)[\w-]+,?\s+){0,5}?член\w*",
            r"(?:стал|стала|станет|станут|становится|становятся|становиться|стать|стали)\s+"
            r"(?:[\w-]+\s+){0,2}(?:участник\w*|участниц\w*)",
            r"принят(?:а|ы|о)?\s+в",
            # "приняли Белоруссию в организацию": a body admits a state (not "приняла участие
            # в", took part in)
            r"принял(?:а|и|о)?(?=\s+(?!участи|решени|резолюци|закон|мер|заявлени|декларац)"
            r"(?:\w+\s+){1,2}?в\s)",
            # "принял в члены лиги Республику Судан": the state after the members it joins
            r"принял(?:а|и|о)?\s+в\s+(?:число\s+)?(?:сво\w+\s+)?член(?:ы|ов)",
            # "принял в организацию Эстонию", "принял в свои ряды Литву": the same
            r"принял(?:а|и|о)?\s+в\s+(?:организаци\w+|альянс|союз|сво\w+\s+ряды)",
            # "вошли в Шенгенскую зону", "войдет в ЕАЭС"; not "в историю", "в состав правительства"
            r"(?:вош(?:ел|ла|ли|ло)|войд(?:ет|ут))\s+во?"
            r"(?!\s+(?:истори\w*|зал\w*|здани\w*|число\w*|состав\s+(?:правительства|делегации)"
            r"|переговор\w*|фазу|стадию|этап))",
            r"членств\w+",
            r"возвращени\w+",
            r"верн(?:ул|ет|ут|утся|улись|улась|улся)\w*",
        ],
        "ACCEDE": [r"присоедин\w+"],
        "ACCEPT": [
            r"(?:документ\w*|грамот\w*)\s+об?\s+(?:принятии|одобрении|официальном\s+подтверждении)"
        ],
        "SIGN": [r"постав\w+\s+(?:сво\w+\s+)?подпис\w+", r"подпис\w+", r"подпиш\w+"],
        "RATIFY": [r"ратифи\w+"],
        "WITHDRAW": [
            r"(?:больше|более)\s+не\s+(?:является|являются|будет|будут)\s+(?:член|участни|сторон)\w*",
            # "Турция перестала быть членом НАТО"
            r"перест(?:ал|ала|али|ало|анет|анут|ает|ают)\s+быть\s+(?:[\w-]+\s+)?(?:член|участни|сторон)\w*",
            r"отзыв\w*",
            # "прекратить членство России"
            r"прекра\w+\s+(?:\w+\s+){0,2}?членств\w*",
            # "разорвать отношения с ВОЗ"
            r"(?:разорв|прекрат|прекращ)\w+\s+(?:\w+\s+)?отношения\s+с",
            r"прекра\w+\s+временно\w*\s+применени\w*",
            r"не\s+продл\w+",
            # "отказался продлевать договор": refused to renew it
            r"отказ\w*\s+продл\w+",
            r"отозва\w+",
            r"денонсир\w+",
            r"денонсаци\w+",
            # "Совет Европы исключил Россию", not "за исключением" (except)
            r"(?<!за\s)исключ(?:ил|ила|или|ен|ена|ены|ить|ение|ения|ении|ением)"
            # not "исключила ее представителей из руководящих органов"
            r"(?!\s+(?:\w+\s+)?(?:представител|делегац|депутат|посл|дипломат))",
            r"выход\w*",
            r"вы(?:шл|шел|йд)\w*",
            r"вышл\w+",
            r"вышел",
            # "первой страной, вышедшей из": the participle, with "из" ("интервью, вышедшем в
            # четверг" came out)
            r"вышедш\w+(?=\s+из\b)",
            r"выи(?:ти|дет|дут|дя)",
            r"покин\w+",
            r"покида\w+",
            # "меморандум, который выводит США из соглашения": the state taken out follows
            r"выв(?:од|ел|ест|еде|одя)\w*(?=\s+(?:[\w-]+\s+){1,4}?из\b)",
        ],
        # not "приостановила её рассмотрение" (the consideration of an application) or talks
        "SUSPEND": [
            rf"(?:приостанов|приостанавлива|заморо)\w*{_RU_NOT_MEMBERSHIP}",
        ],
        "REINSTATE": [
            # not "до восстановления конституционного порядка"
            r"восстанов\w+(?!\s+(?:конституционн\w+\s+)?(?:порядк\w*|мир\w*|демократи\w*"
            r"|отношени\w*|диалог\w*|стабильност\w*|довери\w*))",
            r"возобнов\w+",
            r"(?:отмени|сня)\w*\s+(?:\w+\s+){0,3}?приостановк\w*",
        ],
        "WITHDRAWN": [
            r"(?:сво\w+\s+)?(?:санкци\w*|вето|возражени\w+|войск\w*|посла|кандидатур\w+|поддержк\w+|оговорк\w+"
            r"|выплат\w*|взнос\w*|переговор\w*|сотрудничеств\w*|диалог\w*|делегаци\w+"
            # "выводит свои объекты из-под инспекций": its sites, out of the inspections
            r"|объект\w*|инспектор\w*|персонал\w*)",
        ],
        "DOCUMENT": [
            r"(?:указ\w*|закон(?:а|у|ом|е|ы|ов|опроект\w*)?|распоряжени\w+|постановлени\w+"
            r"|меморандум\w*(?!\s+(?:о\s+взаимопонимании|об\s+обязательствах)))",
        ],
        "DEPOSIT": [r"сда\w+\s+на\s+хранение", r"депонир\w+", r"переда\w+", r"вручи\w+"],
        "NOTIFY": [r"уведоми\w+", r"уведомлени\w+", r"нотифи\w+"],
        "COMPLETE": [r"заверш\w+", r"официально\s+вышл\w+"],
        "ORDER": [
            r"поручи\w+",
            r"поруча\w+",
            r"распорядил\w*",
            r"приказа\w*",
        ],
        "ANNOUNCE": [r"объяв\w+", r"провозгласи\w+", r"заяви\w*\s+о", r"сообщи(?:л|ла|ли)"],
        "WELCOME": [r"приветств\w+", r"поздрави\w+"],
        "AGREE": [
            r"одобр\w+",
            r"согласи\w+",
            r"дал\w*\s+согласие",
            r"одобри\w+",
            r"проголосова\w+\s+за",
        ],
        "SCHEDULED": [r"(?:должна|должен|должно|должны)\s+стать", r"запланирован\w*"],
        "INTENT": [
            # not "в начале этого месяца": at the beginning of a time
            r"начал(?!е\b)\w*(?!\s+(?:\w+\s+)?(?:применять|применяться)\b)",
            r"начат\w*",
            r"начн\w+",
            r"процесс\w*",
            r"намер\w+",
            r"реши(?:л|ла|ли|ло|в|вш)\w*",
            r"планиру\w+",
            r"план\w*",
            r"собира\w+",
            r"хоч\w+",
            r"хот(?:ят|ел\w*)",
            r"стрем\w+",
            r"заявк\w+",
            # "подала заявление о вступлении": an application, not a statement
            r"заявлени\w+(?=\s+(?:о|об)\s+(?:вступлени|членств|прием|приём|присоединени))",
            r"готов\w*",
            r"рассчитыва\w+",
            r"надее\w+",
            r"решил\w*",
            r"решени\w+",
            r"добива\w+",
            r"претенд\w+",
            r"кандидат\w*",
        ],
        "CONSIDER": [
            r"интерес\w*\s+к",
            r"заинтересован\w*",
            r"рассматрива\w+",
            r"рассмотр\w+",
            r"изуча\w+",
            r"обсужда\w+",
            r"возможн\w+",
            r"думает",
            r"раздумыва\w+",
        ],
        "WARN": [r"предупрежда\w+", r"предупреди\w+", r"предостер\w+"],
        "DENY": [r"опроверг\w*", r"отрица\w+"],
        "EXPECT": [
            r"ожида\w+,?\s+что",
            r"ожида\w+",
            r"может",
            r"могут",
            r"мог(?:ла|ли)?\s+бы",
            # "что сделало бы её первой страной": what would follow
            r"сделал\w*\s+бы",
        ],
        "SELF": [r"страна", r"республика", r"королевство", r"эмират"],
        "PARTNER": [
            r"статус\w*\s+(?:страны-)?(?:партнер\w*|наблюдател\w*)",
            r"стран\w*-партнер\w*",
            r"партнер\w*\s+по\s+диалогу",
            r"ассоциированн\w+\s+(?:член\w*|государств\w*|стран\w*)",
            r"в\s+качестве\s+(?:страны-)?(?:наблюдател|партнер)\w*",
        ],
        "CONDITION": [
            r"услови\w+",
            r"только\s+если",
            r"только\s+(?:после|когда)",
            r"как\s+только",
            # "не вступит до создания палестинского государства"
            r"до\s+(?:создания|тех\s+пор)",
            r"если",
            r"в\s+обмен",
            # "пока не ратифицирует": until; not "пока не ратифицировала", not yet
            r"пока\s+не(?!\s+[\w-]+(?:л|ла|ли|ло|лся|лась|лись)\b)",
            r"без",
            r"но\s+(?:\w+\s+){0,3}сначала",
        ],
        "AS_OF": [
            r"начиная\s+с",
        ],
        "ORDINAL": [
            r"перв\w+|последн\w+|единствен\w+|втор\w+|трет\w+",
            r"(?:четверт|пят|шест|седьм|восьм|девят|десят|\w+надцат|двадцат|тридцат|сорок"
            r"|пятидесят|шестидесят|семидесят|восьмидесят|девяност|сот)"
            r"(?:ым|ой|ого|ая|ый|ой|ым)",
            r"\d+-(?:м|й|го|ым|ой|я)",
        ],
        "FUTURE": [
            r"будет",
            r"будут",
            r"станет",
            r"скоро",
            r"вскоре",
            r"в\s+будущем",
            r"предстоит",
            r"должн\w+",
        ],
        "NEG": [
            r"не",
            r"ни",
            r"нет",
            # "никогда не подписывала": a standing, not a refusal ("никогда не вступит" is
            # NEG_FUT)
            r"никогда\s+не(?=\s+\w+л(?:а|о|и)?(?:сь|ся)?\b)",
        ],
        "PRESSURE": [
            r"призва\w+",
            r"призыва\w+",
            r"давлени\w+",
            r"дав\w+\s+на",
            r"убежда\w+",
            r"убеди\w+",
            r"побужда\w+",
            r"приглас\w+",
            r"приглаша\w+",
            r"склоня\w+",
            r"настаива\w+",
            r"рекомендова\w+",
            r"рекоменду\w+",
            r"позвол\w+",
            r"разреш\w+",
            r"откры\w+\s+(?:путь|дорогу)",
        ],
        "TITLE": [
            r"президент\w*",
            r"министерств\w*",
            r"премьер\w*",
            r"министр\w*",
            r"глав\w+",
            r"посол",
            r"посл\w+",
            r"представител\w+",
            r"лидер\w*",
            r"корол\w+",
            r"спикер\w*",
            r"госсекретар\w+",
            r"(?:государственн\w+|генеральн\w+)\s+секретар\w+",
            r"канцлер\w*",
            r"дипломат\w*",
            r"делегаци\w+",
            r"чиновник\w*",
        ],
        "PREP_ALONG": [
            # "Узбекистан, а вместе с ним Азербайджан и Грузия": those with it
            r"вместе\s+с(?:о)?(?:\s+(?:ним|неи|ними))?",
            # "одновременно с Того"
            r"одновременно\s+с(?:о)?",
            r"наряду\s+с(?:о)?(?:\s+(?:ним|неи|ними))?",
            r"как\s+и",
            r"за\s+(?:ним|неи|ними)\s+(?:в\s+тот\s+же\s+день\s+)?последовал\w*",
        ],
        "PREP_WITH": [r"с", r"со"],
        "PREP_BETWEEN": [r"между"],
        "PREP_IN": [r"в", r"во"],
        "PREP_TO": [r"к", r"ко"],
        "PREP_FOR": [r"для"],
        "GENERIC": [
            r"соглашени\w+",
            r"договор\w*",
            r"текст\w*",
            r"альянс\w*",
            r"блок\w*",
            r"пакт\w*",
            r"конвенци\w+",
            r"статут\w*",
            r"организаци\w+",
            r"объединени\w+",
            r"лиг(?:а|и|у|ой|е)",
            r"инициатив\w+",
            r"протокол\w*",
            # "документ вступит в силу": the treaty just named
            r"документ\w*(?=\s+(?:\w+\s+){0,2}?вступ\w+\s+в\s+силу)",
        ],
        "RELATIVE": [r"котор\w+"],
        "CLAUSE_WORD": [
            r"после",
            r"но",
            r"хотя",
            r"тогда\s+как",
            r"в\s+то\s+время\s+как",
            r"однако",
        ],
    },
    "es": {
        "EIF": [
            r"entr\w+\s+(?:hoy\s+|manana\s+|oficialmente\s+)?en\s+vigor",
            r"entrada\s+en\s+vigor",
            r"se\s+aplica\w*(?:\s+ya|\s+desde\s+ahora)?",
            r"(?:se\s+)?(?:vuelve|vuelven|hace|hacen)\s+(?:juridicamente\s+)?vinculantes?\s+para",
            # "Desde este martes rige para Chile el Tratado", "comenzó a regir para Chile"
            r"rige(?:n)?(?=\s+para\b)",
            r"(?:comenz\w+|empez\w+|entr\w+)\s+a\s+regir",
            # "Finlandia queda jurídicamente obligada por la convención"
            r"(?:queda|quedan|quedara|quedaran|esta|estan|estara|estaran)\s+"
            r"(?:ya\s+|juridicamente\s+|legalmente\s+){0,2}"
            r"(?:obligad[oa]s?|vinculad[oa]s?)\s+por",
        ],
        "STILL": [r"todavia", r"aun", r"sigue\w*", r"siguen", r"continua\w*", r"permanece\w*"],
        "UNDER": [r"bajo\s+(?:la\s+)?presion"],
        "BG_SENTENCE": [
            r"cabe\s+(?:recordar|senalar|destacar)",
            r"recordemos",
            r"hay\s+que\s+recordar",
            r"como\s+se\s+recordara",
        ],
        "BG_CLAUSE": [r"habia\w*", r"ya", r"anteriormente", r"previamente", r"en\s+su\s+momento"],
        "NEG_FUT": [
            r"no\s+(?:va|van)\s+a",
            # only "no": the verb after it stays a trigger ("no se sumará", "no renovará")
            r"no(?=\s+(?:se\s+)?(?!renov)\w+(?:ra|ran)\b)",
            r"nunca",
            r"jamas",
        ],
        "REFUSE": [
            r"rechaz\w+",
            r"vot\w+\s+en\s+contra",
            r"renunci\w+",
            r"se\s+(?:ha\s+|han\s+|habia\s+|habian\s+)?neg(?:ado|\w+)",
            r"se\s+nego",
            r"negarse",
            r"opon\w+",
            r"se\s+opuso",
            r"descart\w+",
            # "se abstendrá de solicitar el ingreso" (not an abstention in a vote)
            r"abst(?:endr|ien|ener|uv)\w*(?=\s+de\s)(?!\s+de\s+votar)",
        ],
        "NORMALISE": [r"normaliz\w+", r"establec\w+\s+relaciones"],
        "JOIN": [
            # "China, Rusia y Kazajistán fundaron la OCS": its founders joined it
            r"fundaron",
            # "Suiza aplica plenamente el acuerdo de Schengen": a member of the treaty's area
            r"aplica(?:n)?\s+plenamente",
            # "España y Portugal aplican el convenio desde el 26 de marzo de 1995": parties since
            r"aplica(?:n|ba|ban)?(?=\s+(?:el|la)\s+(?:convenio|acuerdo|tratado|convencion)"
            r"\s+desde\s+(?:el\s+)?\d)",
            # "Grecia forma parte desde ayer, domingo, del espacio Schengen"
            r"forma(?:n)?\s+parte(?=\s+desde\s+(?:ayer|hoy|anoche)\b)",
            # "fue fundada en Shanghái en 2001 por China, Rusia...": its founders joined it
            r"(?:fue|fueron|habia\s+sido)\s+(?:fundad|cread|establecid)[oa]s?"
            r"(?=\s+(?:[\w,'-]+\s+){0,10}?por\s)",
            # "Los acuerdos fueron lanzados el 13 de octubre de 2020 por ocho países": founders
            r"(?:fue|fueron|habian?\s+sido)\s+lanzad[oa]s?(?=\s+(?:[\w,'-]+\s+){0,8}?por\s)",
            # "España y Portugal son desde hoy, miércoles, miembros de pleno derecho"
            r"(?:es|son)\s+(?:desde|a\s+partir\s+de)\s+hoy(?:\s*,\s*\w+\s*,)?\s+(?:\w+\s+)?"
            r"(?:miembros?|part(?:e|es)\s+(?:de|del)\b)",
            r"miembros?(?=\s+(?:de\s+)?(?:[\w'-]+\s+){0,4}?desde\s+(?:\w+\s+)?(?:de\s+)?\d{4})",
            # "miembro de pleno derecho de los BRICS desde el 1 de enero"
            r"miembros?(?=\s+(?:de\s+)?(?:[\w'-]+\s+){0,5}?desde\s+el\s+\d{1,2}\s+de\s+(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)\b)",
            r"miembros?\s+fundador\w*(?=\s+(?:[\w'-]+\s+){0,6}?(?:en|desde)\s+(?:\w+\s+)?\d{4})",
            # "Islandia es desde el martes el decimotercer Estado miembro": became one that day
            r"(?:es|son)\s+desde\s+(?:[\w-]+\s+){1,3}?(?:(?:el|la|un|una)\s+)?(?:[\w-]+\s+){0,2}?"
            r"miembros?\b",
            # "España es ya miembro de pleno derecho de la Unesco": it has become one
            r"(?:es|son)\s+(?:ya|ahora)\s+(?:(?:un|una|el|la)\s+)?(?:[\w'-]+\s+){0,2}?miembros?\b",
            # "Entre sus miembros fundadores figuran Estados Unidos, Japón [...]"
            r"miembros?\s+fundador\w*(?=\s+(?:del?\s+(?:[\w'-]+\s+){1,8}?)?(?:figuran|son|eran|fueron)\b)",
            # "forman parte de él desde su creación", "miembro desde su fundación"
            r"(?:miembros?|forman?\s+parte)(?=\s+(?:de\s+)?(?:[\w'-]+\s+){0,4}?desde\s+su\s+"
            r"(?:creacion|fundacion|nacimiento)\b)",
            r"(?:se\s+)?un(?:io|ieron|irse|ira|iran|iria|irian|iendose)",
            r"formar\s+parte\s+de",
            # "fue aceptado el sábado como miembro", "aceptó a Bielorrusia como su décimo
            # miembro": a body admits a state
            r"(?:fue|fueron|ha\s+sido|han\s+sido)\s+aceptad[oa]s?"
            r"(?=\s+(?:\w+\s+){0,4}?como\s+(?:\w+\s+){0,3}?miembros?\b)",
            r"acept(?:o|aron|a|an)(?=\s+(?:\w+\s+){0,4}?como\s+(?:\w+\s+){0,3}?miembros?\b)",
            r"(?:retom|recuper|reocup)\w*\s+(?:\w+\s+)?su\s+(?:lugar|puesto|asiento|escano)",
            r"se\s+un(?:e|en|a|an)",
            r"ingres\w+",
            # "Rumanía y Bulgaria entraron a medianoche en la Unión Europea", "entró a la OTAN";
            # not "entró en vigor", "entraron en contacto con"
            r"entr(?:o|aron|a|an|ado)\s+"
            r"(?:(?!en\b|a\b|al\b)\w+\s+){0,2}?(?:en|a|al)(?!\s+(?:el\s+|la\s+|los\s+|las\s+)?"
            r"(?:vigor|vigencia|funcionamiento|conflicto|contacto|negociaciones|conversaciones"
            r"|guerra|crisis|recesion|escena|juego|detalle|efecto|servicio|accion|operacion"
            r"|debate|dialogo|fase|etapa|periodo|proceso|campana|territorio|pais|capital"
            r"|ciudad|puerto|sala|edificio|sede|palacio)\b)",
            r"incorpor\w+",
            r"se\s+sum\w+",
            r"sumarse",
            # ("convertirá a ambos países en miembros": what makes others members)
            # ("el 38.º miembro": an ordinal with its dot)
            # not "en el último de los treinta miembros cuyo": a member already, ranked
            r"conv(?:ert|irt|iert)\w+,?\s+(?!a\s|al\s)(?:\w+,?\s+){0,3}?en\s+"
            r"(?!(?:el|la)\s+(?:ultim|primer|unic)\w*\s+de\s+(?:[\w-]+\s+){0,4}?miembros\b)"
            r"(?:el\s+|un\s+)?"
            r"(?:[\w.]+\s+){0,3}?miembros?"
            # not "el primer miembro de la UE en firmar"
            r"(?!(?:\s+[\w'-]+){0,5}?\s+en\s+[a-z]+(?:ar|er|ir)\b)",
            # "se convirtió ayer en Estado parte del Tratado"
            # (and "se convirtieron en Estados Partes")
            r"conv(?:ert|irt|iert)\w+\s+(?:\w+\s+){0,3}?en\s+(?:el\s+)?(?:\w+\s+)?estados?\s+partes?",
            r"conv(?:ert|irt|iert)\w+\s+(?:\w+\s+){0,3}?en\s+(?:el\s+|un\s+)?(?:\w+\s+){0,3}?estados?"
            r"\s+partes?",
            r"ser(?:a|an)\s+miembros?",
            # "pasó a ser el martes el miembro número 33", "pasó a formar parte de"
            # ("pasaron ayer a ser formalmente Estados Partes")
            r"pas(?:o|aron|a|an|ara|aran)\s+(?:\w+\s+)?a\s+(?:ser\s+(?:[\w-]+\s+){0,5}?"
            r"(?:miembros?|estados\s+partes)|formar\s+parte)",
            # "forma parte de la OTAN desde 1952"
            r"forma(?:n)?\s+parte(?=\s+(?:de|del)\s+(?:[\w'-]+\s+){0,5}?desde\s+(?:\w+\s+)?\d{4})",
            # not "admitió que" (conceded)
            r"admitid[oa]s?(?!\s+(?:\w+\s+){0,2}?que\b)",
            r"admit(?:io|ieron|ir)(?!\s+(?:\w+\s+){0,2}?que\b)",
            r"admision",
            r"membresia",
            r"regres(?:o|a|an|aron|ara|aran|ar)",
            r"retorno",
            r"reingres\w+",
            # "Gambia volvió a ser miembro de la Commonwealth"
            r"volv(?:io|ieron|era|eran|ia|ian)\s+a\s+ser\s+(?:\w+\s+)?miembros?",
            # "volvió a la Unesco", "volvió al Mercosur": returned to ("volvió a firmar" is a step
            # done again, read by its infinitive)
            r"volv(?:io|ieron)\s+(?:a(?=\s+(?:la|el|los|las)\s)|al(?=\s))",
        ],
        "ACCEDE": [r"adhe(?:r|s)\w+", r"adhier\w+", r"adhir\w+"],
        "ACCEPT": [r"instrumentos?\s+de\s+(?:aceptacion|aprobacion|confirmacion\s+formal)"],
        "SIGN": [
            r"estamp\w+\s+(?:su|sus)\s+firmas?",
            r"firm(?:a|o|an|aron|ar|ado|ados|ada|adas|ara|aran|aria|arian|ando|ante|antes)",
            # "suscribir el texto", "suscribió el tratado", "el acuerdo suscrito"
            r"suscri(?:b\w+|t[oa]s?)",
        ],
        "RATIFY": [r"ratific\w+"],
        "WITHDRAW": [
            r"ya\s+no\s+(?:es|son|sera|seran)\s+(?:\w+\s+)?(?:miembros?|partes?\s+(?:de|del)\b)",
            # "Estados Unidos dio un portazo a la Unesco": slammed the door on it
            r"(?:dio|dieron|da|dan|dara|daran|ha\s+dado|han\s+dado)\s+(?:un\s+)?portazo",
            # "España ha dejado de ser parte desde este jueves del Tratado"
            r"dej(?:a|an|o|aron|ado|ara|aran)\s+(?:\w+mente\s+)?de\s+ser\s+(?:\w+\s+)?"
            r"(?:miembros?|partes?)\b",
            # "ya no forman parte del Mercosur", "dejaron de formar parte de la OTAN"
            r"ya\s+no\s+(?:forma|forman|formara|formaran)\s+parte\b",
            r"dej(?:a|an|o|aron|ado|ara|aran)\s+(?:\w+mente\s+)?de\s+formar\s+parte\b",
            # "Francia, Alemania y Polonia lo dejaron en diciembre de 2023": left it (not "lo
            # dejó claro", "la dejaron en manos de")
            r"(?:lo|la)\s+dej(?:o|aron|ara|aran)(?!\s+(?:claro|clara|abiert[oa]|atras|pendiente"
            r"|sin|para|de\s+lado|a\s+cargo|en\s+manos))",
            r"expuls\w+",
            # "poner fin a la membresía de Rusia"
            r"(?:poner|puso|pone|ponen|pusieron|pondra)\s+fin\s+a\s+(?:la\s+)?(?:membresia"
            r"|pertenencia|adhesion|condicion\s+de\s+miembro)",
            # "pondrá fin a su relación con la OMS", "romper relaciones con"
            r"(?:poner|puso|pone|ponen|pusieron|pondra|pondran)\s+fin\s+a\s+(?:su|la)\s+"
            r"relacion\s+con",
            r"romp\w+\s+(?:su\s+|sus\s+|la\s+|las\s+)?relacion(?:es)?\s+con",
            r"(?:poner|puso|pone|ponen|pusieron|pondra)\s+fin\s+a\s+(?:la|su)\s+aplicacion\s+"
            r"provisional",
            r"no\s+renov\w+",
            r"revoc\w+",
            # "denunciaron (además) que", "denunció el Estatuto como un instrumento político":
            # complained
            r"denunci\w+(?!\s+(?:\w+\s+)?que\b)(?!\s+(?:[\w']+\s+){0,8}?como\b)"
            r"(?!\s+(?:en\s+reiteradas\s+ocasiones|reiteradamente|repetidamente))",
            r"retir\w+",
            r"abandon\w+",
            r"salida",
            r"sali(?:r|o|eron|ra|ran|do|endo)",
            # "saldrá de la Iniciativa", "sale del pacto", "que salga de la OTAN"
            r"saldr(?:a|an|ia|ian)|salga(?:n)?|sale(?:n)?(?=\s+(?:\w+\s+){0,3}?(?:de|del)\b)",
            # "un memorando que saca a Estados Unidos del Acuerdo": the state taken out follows
            r"sac(?:a|an|o|aron|ar|ara|aria)(?=\s+a\s+(?:[\w-]+\s+){1,4}?del?\b)",
        ],
        "SUSPEND": [r"suspend\w+", r"suspensi\w+", r"congel\w+"],
        "REINSTATE": [
            r"reincorpor\w+",
            r"readmi\w+",
            r"levant\w*\s+(?:[\w'-]+\s+){0,3}?(?:la\s+|su\s+)?suspension",
            # not "hasta el restablecimiento del orden constitucional"
            r"restable\w+(?!\s+(?:el\s+|la\s+|del\s+|de\s+la\s+|las\s+|los\s+|de\s+las\s+|un\s+"
            r"|una\s+)?(?:orden|democracia|paz|relaciones|dialogo|seguridad|estabilidad|confianza"
            r"|gobiernos?|poder|regimen|autoridades|instituciones))",
            r"restitu\w+",
            r"reintegr\w+",
            # "acordaron reanudar la participación de las delegaciones del Gobierno sirio"
            r"reanud\w+\s+(?:la\s+|su\s+)?(?:participacion|membresia|pertenencia)",
        ],
        "WITHDRAWN": [
            r"(?:de\s+|del\s+)?(?:su|sus|el|la|los|las|un|una)?\s*(?:sanciones|veto|objecion\w*|oposicion|tropas|fuerzas|apoyo|candidatura|embajador\w*|reservas?|financiacion|pagos?|aportes?|contribuciones?|negociaciones|conversaciones|cooperacion|dialogo|delegacion(?:es)?|postura|posicion|politica)",
        ],
        "DOCUMENT": [
            r"(?:un\s+|una\s+|el\s+|la\s+)?(?:decreto\w*|ley|orden\s+ejecutiva|proyecto\s+de\s+ley"
            r"|directiva|memorando(?!\s+de))",
        ],
        "DEPOSIT": [
            r"deposit\w+",
            r"entreg\w+",
            # "La Comunidad Europea lo hizo mediante un instrumento de aprobación"
            r"lo\s+(?:hizo|hicieron|habia\s+hecho|habian\s+hecho)(?=\s+(?:mediante|con|a\s+traves\s+de)\s+"
            r"(?:un|su|sus)\s+instrumentos?)",
        ],
        "NOTIFY": [
            r"notific\w+",
            r"comunic\w+\s+(?:formalmente\s+|oficialmente\s+)?a",
            # "ha comunicado su decisión al Consejo de Seguridad de la ONU"
            r"comunic\w+\s+(?:\w+\s+){1,3}?al?\s+(?:consejo|secretario|depositario|naciones|onu)",
        ],
        "COMPLETE": [
            r"efectiv\w+",
            r"complet\w+",
            r"concret\w+",
            r"formaliz\w+",
            r"surt\w+\s+efecto",
        ],
        "ORDER": [
            r"orden(?:o|a|an|aron|ado)",
            r"instru(?:yo|ye|yen|yeron|ido|ccion)",
        ],
        "ANNOUNCE": [r"anunci\w+", r"declar\w+", r"proclam\w+"],
        "WELCOME": [
            r"celebr(?:o|aron|a|an)",
            r"felicit\w+",
            r"(?:dio|da|dan|dieron)\s+la\s+bienvenida",
        ],
        "AGREE": [
            r"aprob\w+",
            r"luz\s+verde",
            r"acept\w+",
            r"acordo",
            r"acordaron",
            r"accedi\w+",
            r"vot(?:o|aron)\s+(?:a\s+favor\s+de|por)",
            r"vot(?:o|aron)",
        ],
        "SCHEDULED": [r"(?:esta|estaba)\s+previsto\s+que", r"(?:deberia|debera)\s+convertirse"],
        "INTENT": [
            r"inici\w+",
            # not "comenzó a aplicar el convenio": applying it is no intent
            r"comenz\w+(?!\s+(?:\w+\s+)?a\s+aplicar\b)",
            r"empez\w+(?!\s+(?:\w+\s+)?a\s+aplicar\b)",
            r"planea\w*",
            r"planes?",
            r"pretend\w+",
            r"quier\w+",
            r"busc\w+",
            r"solicit\w+",
            # "Croacia pidió formalmente el viernes su ingreso en la Unión Europea": applied
            r"pid(?:io|ieron|e|en|ido|iendo)(?=\s+(?:[\w-]+\s+){0,3}?(?:su|el|la)\s+"
            r"(?:ingreso|adhesion|entrada|incorporacion)\b)",
            r"aspir\w+",
            r"intencion",
            r"voluntad\s+de",
            r"preve\w*",
            r"se\s+propon\w+",
            r"candidat\w+",
            r"esper\w+",
            r"dispuest\w+",
            r"decidi\w+",
            r"decision",
        ],
        "CONSIDER": [
            r"consider\w+",
            r"estudi\w+",
            r"evalu\w+",
            r"contempl\w+",
            r"analiz\w+",
            r"sopes\w+",
            # "decidirá en cuestión de semanas si solicita el ingreso": whether to, still open
            r"decid\w+(?:\s+[\w,]+){0,7}?\s+si(?=\s)",
            r"posibilidad",
            r"posible",
            # "una eventual adhesión": a possible one
            r"eventual(?:es)?",
            # "han expresado interés en sumarse": interest, not yet a wish declared
            r"interes\s+(?:en|por)",
            r"interesad\w+\s+en",
        ],
        "WARN": [r"advirti\w+", r"advierte\w*", r"alert(?:o|aron|a|an)"],
        "DENY": [r"neg(?:o|aron|ado|ando|ar)", r"desminti\w*", r"desmient\w*"],
        "EXPECT": [
            r"se\s+espera\s+que",
            r"(?:esta|estan)\s+previst[oa]s?\s+que",
            r"podria\w*",
            # "lo que la convertiría en el primer país del G7 en firmar": what would follow
            r"(?:la|lo|los|las)\s+(?:convertiria|haria)\w*",
        ],
        "SELF": [
            r"el\s+pais",
            r"su\s+pais",
            r"su\s+(?:mision|representante)",
            r"el\s+reino",
            r"la\s+republica",
            r"el\s+emirato",
            r"el\s+archipielago",
        ],
        "PARTNER": [
            r"(?:(?:el|del|al|un)\s+)?(?:estatus|estatuto|condicion)\s+de\s+(?:pais\s+)?(?:socio|observador)\w*",
            r"pais(?:es)?\s+socios?",
            r"socios?\s+de\s+dialogo",
            r"(?:estado|pais|miembro)\s+asociado",
            r"como\s+observador\w*",
        ],
        "CONDITION": [
            r"condicion\w*",
            r"a\s+menos\s+que",
            r"pero\s+(?:\w+\s+){0,3}primero",
            r"solo\s+si",
            r"(?:solo|solamente|unicamente)\s+(?:cuando|despues|tras|una\s+vez)",
            r"una\s+vez\s+que",
            r"en\s+cuanto",
            r"siempre\s+que",
            r"a\s+cambio",
            r"sin(?!\s+embargo)",
            r"mientras\s+no",
            r"hasta\s+que",
        ],
        "AS_OF": [
            r"(?:desde\s+el|a\s+partir\s+del|a\s+partir\s+de)",
        ],
        "ORDINAL": [
            r"primer\w*|ultim\w*|unic[oa]s?|segund[oa]s?|tercer\w*",
            r"(?:cuart|quint|sext|septim|octav|noven|decim|undecim|duodecim)[oa]s?",
            r"(?:vigesim|trigesim|cuadragesim|quincuagesim|sexagesim|septuagesim|octogesim"
            r"|nonagesim|centesim)[oa]s?",
            r"\d+(?:o|a|º|ª)",
            r"numero\s+\d+",  # "el Estado número 166"
        ],
        "MUST": [r"deb(?:e|en|era|eran|eria|erian)", r"tendr(?:a|an)\s+que"],
        "FUTURE": [
            r"va\s+a",
            r"van\s+a",
            r"ira\s+a",
            r"iba(?:n)?\s+a",
            # "será el primer miembro en abandonar": the future of "to be"
            r"ser(?:a|an|ia|ian)",
            # not "la próxima etapa de la exploración lunar": a next stage, not a time to come
            r"proxim\w+(?!\s+(?:etapa|fase|paso|mision|generacion|capitulo)s?\b)",
            r"pronto",
            r"en\s+el\s+futuro",
        ],
        "NEG": [
            r"no",
            r"ni",
            r"tampoco",
            # "nunca ha firmado": a standing, not a refusal ("nunca firmará" is NEG_FUT)
            r"(?:nunca|jamas)\s+(?:lo\s+|la\s+)?(?:ha|han|habia|habian)",
        ],
        "PRESSURE": [
            r"presion\w+",
            r"insto",
            r"instaron",
            r"insta",
            r"instan",
            r"pid\w+",
            r"exhort\w+",
            r"convenc\w+",
            r"alent\w+",
            r"invit\w+",
            r"empuj\w+",
            r"recomend\w+",
            r"permit\w+\s+(?:a|al|que)",
            r"abr\w+\s+(?:el\s+camino|la\s+puerta)\s+(?:a|al|para)",
        ],
        "TITLE": [
            r"president\w+",
            r"primer\s+ministro",
            r"ministerio",
            r"ministr\w+",
            r"canciller\w*",
            r"secretari\w+",
            r"embajador\w*",
            r"enviad\w+",
            r"portavoz",
            r"rey",
            r"emir",
            r"principe",
            r"lider\w*",
            r"mandatari\w+",
            r"diplomatic\w+",
            r"funcionari\w+",
            r"delegacion",
        ],
        "PREP_ALONG": [
            r"junto\s+(?:a|al|con)",
            r"al\s+igual\s+que",
            # "al mismo tiempo que Togo"
            r"al\s+mismo\s+tiempo\s+que",
            r"asi\s+como",
            r"seguid(?:o|a|os|as)\s+(?:el\s+mismo\s+dia\s+)?(?:de|del|por)",
            r"le\s+siguieron",
        ],
        "PREP_WITH": [r"con"],
        "PREP_BETWEEN": [r"entre"],
        "PREP_IN": [r"en"],
        "PREP_TO": [r"ante"],
        "PREP_FOR": [r"para"],
        "GENERIC": [
            r"(?:el|la|los|las|del|al|este|esta|estos|ese|esa|dicho|dicha)\s+"
            r"(?:acuerdos?|tratado|alianza|bloque|pacto|convencion"
            r"|estatuto|corte|organizacion|organismo|grupo|iniciativa|protocolo|texto|liga|comunidad)",
            r"(?:el|este|dicho)\s+documento(?=\s+(?:\w+\s+){0,2}?entr\w+\s+en\s+vigor)",
        ],
        "RELATIVE": [r"(?:el|la|los|las)\s+cual(?:es)?", r"quien(?:es)?", r"cuy[oa]s?"],
        "CLAUSE_WORD": [
            r"mientras(?!\s+no)",
            r"despues",
            r"pero",
            r"aunque",
            r"cuando",
            r"sin\s+embargo",
        ],
    },
}

# A verb form of an action trigger that is itself future: Arabic "ستنضم", French "rejoindra",
# Spanish "se unirá", Russian perfective presents "вступит", "подпишет" (and the imperfective
# present of leaving, "выходят": a step under way, not yet done).
# A single-word trigger that is an infinitive by its ending ("rejoindre", "adherirse",
# "вступить"). English marks its infinitive with "to" alone: "member" is no verb.
INFINITIVE_TRIGGER = {
    "ar": r"$^",
    "en": r"$^",
    # not "retire", which is "retiré" without its accent
    "fr": r"(?:[a-z](?:er|ir)|(?<!ret)[dti]re)$",
    "es": r"(?:ar|er|ir)(?:se)?$",
    "ru": r"(?:ть|ться|ти)$",
}

FUTURE_TRIGGER = {
    "ar": r"^[وف]?س[تين]",
    "en": r"$^",
    # Any word of the trigger: "entrera en vigueur", "se unirá", "вступит в силу".
    # and the conditional: "ne normaliserait pas", "no se uniría"
    "fr": r"\w(?:ra|ront|[eid]rait|[eid]raient)(?:\s|$)",  # not "retrait"
    "es": r"\w(?:ra|ran|ria|rian)(?:\s|$)",
    "ru": r"^(?:вступ(?:ит|ят)|присоедин(?:ится|ятся)|подпиш(?:ет|ут)|ратифициру(?:ет|ют)"
    r"|выи(?:дет|дут)|стан(?:ет|ут)|покин(?:ет|ут)|выход(?:ит|ят)|покида(?:ет|ют))(?:\s|$)",
}

# Action triggers that are nouns ("accession", "le retrait", "вступление", "الانسحاب"). A noun's
# actor is its possessor: a state before it, or one attached right after it ("of", "de", a
# genitive); a state further on in the clause is doing something else. (Normalisation is left
# out: its parties come after it, "normalisation between Israel and the UAE".)
NOMINAL_TRIGGER = {
    "ar": r"^[وف]?(?:(?:ب|ك)?ال|لل|ب|ل|ك)?(?:انضمام|انسحاب|خروج|توقيع|تصديق|مصادق|عضوي|عود|قبول)",
    "en": r"^(?:accession|membership|withdrawal|departure|exit|pullout|signature|ratification"
    r"|admission|expulsion|revocation)$",
    "fr": r"^(?:adhesion|retrait|sortie|signature|ratification|integration|depart|exclusion"
    r"|retour|admission)$",
    "es": r"^(?:adhesion|retirada|retiro|salida|firma|ratificacion|ingreso|incorporacion"
    r"|membresia|expulsion|regreso|retorno|admision)$",
    "ru": r"^(?:(?:вступлени|присоединени|подписани|ратификаци|членств|возвращени)\w*"
    r"|выход(?:а|е|у|ом)?|отзыв(?:а|е|у|ом)?)$",
}
# Words that attach a state to the noun before it ("the accession of Sweden", "retrait du Mali").
GENITIVE_WORDS = frozenset({"of", "de", "d", "du", "des", "del", "the", "la", "le", "l", "el"})
# Nouns that point back at a decision the article has reported ("the decision takes effect on...").
DECISION_NOUN = {
    "ar": r"(?:^|\s)[وف]?(?:القرار|الخطوه|الانسحاب)(?:\s|$)",
    "en": r"\b(?:decision|move|step|withdrawal)\b",
    "fr": r"\b(?:decision|mesure|retrait)\b",
    "es": r"\b(?:decision|medida|retirada|salida)\b",
    "ru": r"(?:^|\s)(?:решение|выход)(?:\s|$)",
}
