"""A realistic market morning, for trying the kiosk out and for screenshots and tests."""

from __future__ import annotations

import datetime as dt
import random

from kiosk.store.market import Market

# (category, quantity or None for lots, title, tags, size, perishable)
DEMO_ITEMS: list[tuple[str, int | None, str, tuple[str, ...], str, bool]] = [
    ("clothes", 2, "Bags of winter clothes", (), "", False),
    ("clothes", 6, "Jeans", (), "M", False),
    ("clothes", 4, "Wool sweaters", (), "L", False),
    ("clothes", 10, "Kids' T-shirts", (), "kids", False),
    ("clothes", 3, "Rain jackets", (), "XL", False),
    ("clothes", 1, "Wedding dress", (), "S", False),
    ("clothes", None, "Socks", (), "", False),
    ("clothes", 5, "Scarves and hats", (), "", False),
    ("shoes", 2, "Hiking boots", (), "42", False),
    ("shoes", 3, "Kids' sneakers", (), "30", False),
    ("shoes", 1, "Rubber boots", (), "38", False),
    ("shoes", 4, "Sandals", (), "40", False),
    ("books", None, "A box of novels", (), "", False),
    ("books", 3, "Kids' picture books", (), "", False),
    ("books", 12, "Cookbooks", (), "", False),
    ("books", 2, "Spanish–English dictionaries", (), "", False),
    ("books", 5, "Comics", (), "", False),
    ("books", 1, "Bird guide", (), "", False),
    ("kitchen", 6, "Mugs", (), "", False),
    ("kitchen", 1, "Cast-iron pan", (), "", False),
    ("kitchen", 2, "Sets of cutlery", (), "", False),
    ("kitchen", 1, "Blender", (), "", False),
    ("kitchen", 8, "Glass jars", (), "", False),
    ("kitchen", 1, "Rice cooker", (), "", False),
    ("household", 2, "Lamps", (), "", False),
    ("household", 3, "Blankets", (), "", False),
    ("household", 4, "Towels", (), "", False),
    ("household", 1, "Small bookshelf", (), "", False),
    ("household", 2, "Curtains", (), "", False),
    ("toys", 1, "Box of LEGO", (), "", False),
    ("toys", 3, "Board games", (), "", False),
    ("toys", 6, "Stuffed animals", (), "", False),
    ("toys", 1, "Stroller", (), "", False),
    ("toys", 2, "Puzzles", (), "", False),
    ("tools", 1, "Cordless drill", (), "", False),
    ("tools", 3, "Screwdriver sets", (), "", False),
    ("tools", 1, "Garden rake", (), "", False),
    ("tools", 2, "Paint brushes", (), "", False),
    ("electronics", 2, "Phone chargers", (), "", False),
    ("electronics", 1, "Radio", (), "", False),
    ("electronics", 1, "Laptop (works, slow)", (), "", False),
    ("electronics", 5, "Headphones", (), "", False),
    ("plants", 8, "Tomato seedlings", (), "", False),
    ("plants", None, "Seed packets", (), "", False),
    ("plants", 3, "Spider plants", (), "", False),
    ("plants", 2, "Herb pots", (), "", False),
    ("hygiene", 10, "Soap bars", (), "", False),
    ("hygiene", 6, "Toothbrushes", (), "", False),
    ("hygiene", 12, "Menstrual pads (packs)", (), "", False),
    ("hygiene", 4, "Shampoo", (), "", False),
    ("food_ready", 40, "Bagels", ("vegan", "gluten"), "", True),
    ("food_ready", 12, "Vegan sandwiches", ("vegan", "gluten", "soy"), "", True),
    ("food_ready", 1, "Pot of lentil soup", ("vegan",), "", True),
    ("food_ready", 20, "Apples", ("vegan",), "", False),
    ("food_ready", 15, "Cheese muffins", ("vegetarian", "dairy", "egg", "gluten"), "", True),
    ("food_ready", 24, "Peanut cookies", ("vegetarian", "nuts", "gluten", "dairy"), "", False),
    ("food_pantry", 10, "Cans of beans", ("vegan",), "", False),
    ("food_pantry", 6, "Bags of rice", ("vegan",), "", False),
    ("food_pantry", 8, "Pasta", ("vegan", "gluten"), "", False),
    ("food_pantry", 4, "Jars of peanut butter", ("vegan", "nuts"), "", False),
    ("food_pantry", 3, "Oat milk", ("vegan",), "", False),
    ("other", 1, "Bicycle pump", (), "", False),
    ("other", 2, "Suitcases", (), "", False),
    ("other", 30, "Bus passes (single ride)", (), "", False),
]

DEMO_WANTS = [("shoes", "Winter boots", "39"), ("kitchen", "A kettle", ""), ("toys", "Bike for a 6-year-old", "")]

DEMO_SKILLS = [
    ("Bike repair", "Bring your bike; I'll show you how to fix a flat and adjust brakes.",
     ("weekends", "at_skills_share"), "Signal: @wrench.sam"),
    ("Sewing and mending", "Patches, hems, buttons. Bring what needs fixing.", ("at_skills_share",), ""),
    ("Spanish conversation", "Relaxed practice for beginners — conversación para principiantes.",
     ("weekday_evenings",), ""),
    ("First aid basics", "Bleeding, burns, when to call for help. One hour.", ("at_skills_share",), ""),
]

# Food rescued for the meal (source kind, kg weighed or None, pieces counted or None) and plates per quarter hour.
DEMO_RESCUED = [("bakery", 8.4, None), ("grocery", 12.5, None), ("farm", None, 24), ("garden", 3.2, None),
                ("home_kitchen", None, 2)]
DEMO_PLATES = [12, 23, 31, 17, 6]


def _takes(rng: random.Random) -> list[int]:
    """How many times each of DEMO_ITEMS is taken: some things go fast, some wholly, some are untouched."""
    return [rng.randint(2, 8) if quantity is None else quantity if n % 5 == 0 else rng.randint(0, quantity - 1)
            for n, (_, quantity, *_rest) in enumerate(DEMO_ITEMS)]


def _take_minute(n: int, t: int) -> int:
    """When (minutes into the day) the t-th take of the n-th thing happens: it was listed at 4 n."""
    return 4 * n + 10 + 7 * t


PLATES_FROM = dt.timedelta(hours=2)  # the meal's serving table opens, a quarter hour a count in DEMO_PLATES


def fill_demo(market: Market, seed: int = 2026, trial: bool = False, until: dt.datetime | None = None) -> None:
    """Open a demo market and play a day of listings and takes into it, from 10:00.

    `trial`: the demo a new kiosk offers at its first start, marked as a demo (kiosk/store/demo.py): every
    screen says so, and the first real market leaves it behind. Unmarked, it is an ordinary market day (the
    `demo` command's data for screenshots, documentation and tests). `until`: the day starts early enough to be
    over by then (the `demo` command gives the kiosk's clock: a data file whose records lie ahead of the clock
    tells the stewards to set it)."""
    rng = random.Random(seed)
    takes = _takes(rng)
    today = market.clock().date()
    start = dt.datetime.combine(today, dt.time(10, 0)).astimezone()
    if until is not None:
        length = max([dt.timedelta(minutes=_take_minute(n, t - 1)) for n, t in enumerate(takes) if t]
                     + [PLATES_FROM + dt.timedelta(minutes=15 * (len(DEMO_PLATES) - 1))])
        start = min(start, until - length)
    clock_before = market.clock
    moment = start

    def clock() -> dt.datetime:
        return moment

    market.clock = clock
    try:
        if market.current_event() is None:
            market.open_event("Really Really Free Market", "Community garden, 5th & Pine", today.isoformat(),
                              demo=trial)
        listed = []
        for n, (category, qty, title, tags, size, perishable) in enumerate(DEMO_ITEMS):
            moment = start + dt.timedelta(minutes=4 * n)
            listed.append(market.list_item(category, qty, title, tags, size, perishable).item)
        for n, item in enumerate(listed):
            for t in range(takes[n]):
                moment = start + dt.timedelta(minutes=_take_minute(n, t))
                market.take_one(item.id)
        moment = start + dt.timedelta(hours=1)
        for category, title, size in DEMO_WANTS:
            market.post_want(category, title, size)
        for title, words, when, contact in DEMO_SKILLS:
            market.offer_skill(title, words, when, contact)
        # A Food Not Bombs meal after the market: food rescued that morning, then plates at the serving table.
        from kiosk.store import food

        moment = start + dt.timedelta(hours=1, minutes=30)
        for source, kg, pieces in DEMO_RESCUED:
            food.rescue(market, source, kg=kg, pieces=pieces)
        for n, plates in enumerate(DEMO_PLATES):
            moment = start + PLATES_FROM + dt.timedelta(minutes=15 * n)
            for _ in range(plates // 5):
                food.serve(market, 5)
            for _ in range(plates % 5):
                food.serve(market, 1)
    finally:
        market.clock = clock_before
