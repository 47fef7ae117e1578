"""Agreements named by what they do: "the treaty banning cluster munitions", "la convention
interdisant les armes chimiques", "معاهدة حظر التجارب النووية".

Reporting often describes a treaty instead of naming it. Each description below is a common
noun for a treaty, a phrase that bans, and what the treaty bans, in one of the five languages;
with the short forms ("landmine ban", "test ban treaty") they become further names of the
agreement when the gazetteer is built (see :meth:`ingest.extract.gazetteer.Gazetteer.from_names`),
where a name the catalogue gives another agreement always wins.
"""

from __future__ import annotations

from itertools import product

# Common nouns for a treaty, and phrases that say it bans something, by language.
_HEADS = {
    "en": ("treaty", "convention", "pact", "accord", "agreement"),
    "fr": ("traité", "convention", "accord", "pacte"),
    "es": ("tratado", "convención", "convenio", "acuerdo", "pacto"),
    "ru": ("договор", "конвенция", "соглашение"),
    "ar": ("اتفاقية", "معاهدة", "اتفاق"),
}
_BANNING = {
    "en": (
        "banning",
        "outlawing",
        "prohibiting",
        "that bans",
        "that outlaws",
        "that prohibits",
        "to ban",
        "to outlaw",
        "against",
    ),
    "fr": (
        "interdisant les",
        "qui interdit les",
        "sur l'interdiction des",
        "d'interdiction des",
        "bannissant les",
        "proscrivant les",
        "contre les",
    ),
    "es": (
        "que prohíbe las",
        "que prohíbe los",
        "que proscribe las",
        "de prohibición de las",
        "de prohibición de los",
        "sobre la prohibición de las",
        "sobre la prohibición de los",
        "contra las",
    ),
    "ru": ("о запрещении", "о запрете"),
    "ar": ("حظر", "منع"),
}
# What each treaty bans (in the form the phrases above take), by language.
_BANNED = {
    "ottawa-convention": {
        "en": (
            "anti-personnel landmines",
            "anti-personnel mines",
            "antipersonnel landmines",
            "antipersonnel mines",
            "landmines",
            "land mines",
        ),
        "fr": ("mines antipersonnel", "mines anti-personnel"),
        "es": ("minas antipersonales", "minas antipersona", "minas terrestres"),
        "ru": ("противопехотных мин",),
        "ar": ("الألغام المضادة للأفراد", "الألغام الأرضية", "الألغام"),
    },
    "cluster-munitions-convention": {
        "en": ("cluster munitions", "cluster bombs"),
        "fr": ("armes à sous-munitions", "bombes à sous-munitions", "sous-munitions"),
        "es": ("municiones en racimo", "bombas de racimo", "bombas en racimo"),
        "ru": ("кассетных боеприпасов", "кассетных бомб"),
        "ar": ("الذخائر العنقودية", "القنابل العنقودية"),
    },
    "chemical-weapons-convention": {
        "en": ("chemical weapons", "chemical arms", "poison gas"),
        "fr": ("armes chimiques",),
        "es": ("armas químicas",),
        "ru": ("химического оружия",),
        "ar": ("الأسلحة الكيميائية", "الأسلحة الكيماوية"),
    },
    "biological-weapons-convention": {
        "en": ("biological weapons", "germ weapons", "biological and toxin weapons"),
        "fr": ("armes biologiques",),
        "es": ("armas biológicas",),
        "ru": ("биологического оружия",),
        "ar": ("الأسلحة البيولوجية", "الأسلحة الجرثومية"),
    },
    "ctbt": {
        "en": ("nuclear tests", "nuclear testing", "nuclear test explosions", "all nuclear tests"),
        "fr": ("essais nucléaires",),
        "es": ("ensayos nucleares", "pruebas nucleares"),
        "ru": ("ядерных испытаний",),
        "ar": ("التجارب النووية",),
    },
    "tpnw": {
        "en": ("nuclear weapons", "atomic weapons"),
        "fr": ("armes nucléaires",),
        "es": ("armas nucleares",),
        "ru": ("ядерного оружия",),
        "ar": ("الأسلحة النووية", "السلاح النووي"),
    },
}
# Short forms that are not a noun, a ban and its object.
_SHORT = {
    "ottawa-convention": (
        "landmine treaty",
        "land mine treaty",
        "landmine ban",
        "land mine ban",
        "landmine ban treaty",
        "landmine convention",
        "anti-personnel mine ban",
    ),
    "cluster-munitions-convention": (
        "cluster bomb ban",
        "cluster munitions ban",
        "cluster munitions treaty",
        "cluster bomb convention",
    ),
    "chemical-weapons-convention": (
        "chemical weapons ban",
        "chemical weapons treaty",
        "chemical weapons pact",
        "chemical arms treaty",
    ),
    "biological-weapons-convention": (
        "biological weapons ban",
        "biological weapons treaty",
        "germ weapons treaty",
        "bioweapons convention",
    ),
    "ctbt": (
        "test ban treaty",
        "test-ban treaty",
        "nuclear test ban",
        "nuclear test-ban treaty",
        "comprehensive test ban",
    ),
    "tpnw": ("nuclear weapons ban treaty", "nuclear weapons ban"),
    "montreal-protocol": ("ozone treaty", "ozone protocol"),
}


def _described() -> dict[str, tuple[tuple[str, str], ...]]:
    names: dict[str, list[tuple[str, str]]] = {}
    for slug, banned in _BANNED.items():
        for lang, objects in banned.items():
            for head, ban, thing in product(_HEADS[lang], _BANNING[lang], objects):
                names.setdefault(slug, []).append((f"{head} {ban} {thing}", thing.split()[-1]))
    for slug, short in _SHORT.items():
        names.setdefault(slug, []).extend((name, name.split()[0]) for name in short)
    return {slug: tuple(dict.fromkeys(aliases)) for slug, aliases in names.items()}


# agreement slug → the descriptions that name it, each with the word that tells it (what is
# banned; the first word of a short form), which makes a sentence worth reading closely
DESCRIPTIONS: dict[str, tuple[tuple[str, str], ...]] = _described()
