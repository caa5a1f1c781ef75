"""The colours a Qt style sheet gives a widget, found as Qt finds them: rules matched by
type (or a base type), object name, property and state, the most specific winning and the
later one on a tie; a transparent background shows its parent's.

As Qt does, a state (`:checked`) counts only on the widget a rule styles, never on the
widgets around it: a label on a checked button learns of it through a property.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from PySide6 import QtSvgWidgets, QtWidgets

_BLOCK = re.compile(r"([^{}]+)\{([^{}]*)\}")
_COMPOUND = re.compile(r"^(\*|[A-Za-z_]\w*)?((?:#[\w-]+|\[[^\]]+\]|:{1,2}!?[\w-]+)*)$")
_PART = re.compile(r"#([\w-]+)|\[([\w-]+)=\"([^\"]*)\"\]|(:{1,2})(!?[\w-]+)")
_NAMED = {"white": "#ffffff", "black": "#000000"}
TRANSPARENT = "transparent"
# Properties a widget's state sets (QAbstractButton::checked, QWidget::enabled).
_STATE_PROPERTIES = {"checked": ("checked", True), "enabled": ("disabled", False)}


@dataclass(frozen=True)
class Compound:
    """One widget in a selector: `QPushButton#name[property="value"]:state`."""

    type: str | None
    name: str | None
    attributes: tuple[tuple[str, str], ...]
    states: frozenset[str]
    subcontrol: bool  # `::drop-down`: styles a part of the widget, not its text

    def specificity(self) -> tuple[int, int, int]:
        """CSS specificity: names, then properties and states, then types."""
        return (int(self.name is not None), len(self.attributes) + len(self.states),
                int(self.type not in (None, "*")))


@dataclass(frozen=True)
class Rule:
    """A selector and the declarations it makes, with its place in the sheet."""

    selector: tuple[Compound, ...]
    declarations: dict[str, str]
    order: int

    def specificity(self) -> tuple[int, int, int]:
        """The selector's specificity (the sum of its compounds')."""
        parts = [compound.specificity() for compound in self.selector]
        return (sum(p[0] for p in parts), sum(p[1] for p in parts), sum(p[2] for p in parts))


@dataclass(frozen=True)
class Node:
    """A widget as selectors see it: its classes, object name, properties and states."""

    classes: tuple[str, ...]
    name: str = ""
    attributes: tuple[tuple[str, str], ...] = ()
    states: frozenset[str] = frozenset()

    def attribute(self, key: str) -> str | None:
        """A property's value as a selector compares it."""
        if key in _STATE_PROPERTIES:
            state, when = _STATE_PROPERTIES[key]
            return "true" if (state in self.states) is when else "false"
        return dict(self.attributes).get(key)

    def describe(self) -> str:
        """`QPushButton#name[property="value"]:state`, for a failure message."""
        attributes = "".join(f'[{key}="{value}"]' for key, value in self.attributes)
        states = "".join(f":{state}" for state in sorted(self.states))
        name = f"#{self.name}" if self.name else ""
        return f"{self.classes[0]}{name}{attributes}{states}"


def parse(sheet: str) -> list[Rule]:
    """The rules of a style sheet, in order."""
    sheet = re.sub(r"/\*.*?\*/", "", sheet, flags=re.S)
    rules: list[Rule] = []
    for selectors, body in _BLOCK.findall(sheet):
        declarations = {}
        for declaration in body.split(";"):
            if ":" in declaration:
                key, value = declaration.split(":", 1)
                declarations[key.strip()] = value.strip()
        for selector in selectors.split(","):
            rules.append(Rule(tuple(_compound(part) for part in selector.split()),
                              declarations, len(rules)))
    return rules


def _compound(text: str) -> Compound:
    match = _COMPOUND.match(text)
    if match is None:
        raise ValueError(f"selector part not understood: {text!r}")
    name, attributes, states, subcontrol = None, [], set(), False
    for part in _PART.finditer(match.group(2)):
        if part.group(1):
            name = part.group(1)
        elif part.group(2):
            attributes.append((part.group(2), part.group(3)))
        elif part.group(4) == "::":
            subcontrol = True
        else:
            states.add(part.group(5))
    kind = match.group(1) if match.group(1) != "*" else None
    return Compound(kind, name, tuple(attributes), frozenset(states), subcontrol)


def qt_classes(type_name: str) -> tuple[str, ...]:
    """A Qt widget class and the classes it derives from, most derived first."""
    for module in (QtWidgets, QtSvgWidgets):
        cls = getattr(module, type_name, None)
        if cls is not None:
            return tuple(c.__name__ for c in cls.__mro__ if c.__name__.startswith("Q"))
    raise ValueError(f"not a Qt widget class: {type_name}")


def _matches(compound: Compound, node: Node, subject: bool) -> bool:
    if compound.type is not None and compound.type not in node.classes:
        return False
    if compound.name is not None and compound.name != node.name:
        return False
    if any(node.attribute(key) != value for key, value in compound.attributes):
        return False
    if not subject:
        return True  # Qt ignores the states of the widgets around the one styled
    return all((state[1:] not in node.states) if state.startswith("!")
               else state in node.states for state in compound.states)


def applies(rule: Rule, chain: tuple[Node, ...]) -> bool:
    """Whether `rule` styles the last widget of `chain` (its parents before it)."""
    *ancestors, subject = rule.selector
    if subject.subcontrol or not _matches(subject, chain[-1], subject=True):
        return False
    position = len(chain) - 1
    for compound in reversed(ancestors):
        position -= 1
        while position >= 0 and not _matches(compound, chain[position], subject=False):
            position -= 1
        if position < 0:
            return False
    return True


def declared(rules: list[Rule], chain: tuple[Node, ...], keys: tuple[str, ...]) -> str | None:
    """The value the winning rule declares for the first of `keys` it has, if any."""
    best = None
    for rule in rules:
        if not any(key in rule.declarations for key in keys) or not applies(rule, chain):
            continue
        if best is None or (rule.specificity(), rule.order) >= (best.specificity(), best.order):
            best = rule
    if best is None:
        return None
    return next(best.declarations[key] for key in keys if key in best.declarations)


def colours(rules: list[Rule], chain: tuple[Node, ...]) -> tuple[str, str]:
    """The text colour and the background the last widget of `chain` is drawn in: what is
    not set on it, it takes from its parent (as Qt's palette propagates)."""
    text = background = None
    for end in range(len(chain), 0, -1):
        part = chain[:end]
        if text is None:
            text = _colour(declared(rules, part, ("color",)))
        if background is None:
            found = _colour(declared(rules, part, ("background-color", "background")))
            background = None if found == TRANSPARENT else found
    if text is None or background is None:
        raise ValueError(f"no colour for {describe(chain)}")
    return text, background


def _colour(value: str | None) -> str | None:
    if value is None:
        return None
    for token in value.split():
        token = _NAMED.get(token.lower(), token.lower())
        if token == TRANSPARENT or re.fullmatch(r"#[0-9a-f]{6}", token):
            return token
        if re.fullmatch(r"#[0-9a-f]{3}", token):
            return "#" + "".join(c * 2 for c in token[1:])
    raise ValueError(f"colour not understood: {value!r}")


def describe(chain: tuple[Node, ...]) -> str:
    """The chain as a selector: the widget styled last."""
    return " ".join(node.describe() for node in chain)


def text_chains(rules: list[Rule], root: Node) -> Iterator[tuple[Node, ...]]:
    """Every widget a colour rule styles, under `root`, in every combination of the
    properties and states the colour rules tell apart (a disabled button's label is
    disabled too, as in Qt)."""
    colour_rules = [rule for rule in rules if not rule.selector[-1].subcontrol
                    and {"color", "background", "background-color"} & rule.declarations.keys()]
    for rule in colour_rules:
        chain = (root, *(_node(compound) for compound in rule.selector))
        options = [_variants(node, colour_rules) for node in chain]
        for combination in itertools.product(*options):
            if _possible(combination):
                yield combination


def _possible(chain: tuple[Node, ...]) -> bool:
    """A widget inside another is enabled as that one is (a button's label); nothing
    disabled is pressed."""
    for outer, inner in itertools.pairwise(chain[1:]):
        if ("disabled" in outer.states) != ("disabled" in inner.states):
            return False
    return not any({"disabled", "pressed"} <= node.states for node in chain)


def _node(compound: Compound) -> Node:
    """The plainest widget `compound` matches (a property a state sets, as that state)."""
    states = {state for state in compound.states if not state.startswith("!")}
    attributes = []
    for key, value in compound.attributes:
        if key in _STATE_PROPERTIES:
            state, when = _STATE_PROPERTIES[key]
            if (value == "true") is when:
                states.add(state)
        else:
            attributes.append((key, value))
    return Node(qt_classes(compound.type or "QWidget"), compound.name or "",
                tuple(attributes), frozenset(states))


def _variants(node: Node, rules: list[Rule]) -> list[Node]:
    """`node` with each combination of the properties and states that rules about its kind
    mention (those it has already stay)."""
    values: dict[str, set[str]] = {}
    states: set[str] = set()
    for rule in rules:
        for compound in rule.selector:
            if (compound.type is not None and compound.type not in node.classes) or \
                    compound.name not in (None, node.name):
                continue
            for key, value in compound.attributes:
                if key not in dict(node.attributes) and key not in _STATE_PROPERTIES:
                    values.setdefault(key, set()).add(value)
            states |= {state.lstrip("!") for state in compound.states}
    keys = sorted(values)
    free_states = sorted(states - node.states)
    variants = []
    for chosen in itertools.product(*([None, *sorted(values[key])] for key in keys)):
        attributes = node.attributes + tuple((key, value) for key, value
                                             in zip(keys, chosen, strict=True) if value)
        for count in range(len(free_states) + 1):
            for extra in itertools.combinations(free_states, count):
                variants.append(replace(node, attributes=attributes,
                                        states=node.states | frozenset(extra)))
    return variants

