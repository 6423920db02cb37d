// An example JavaScript skill: flip a coin, roll a die.
// Drop a file like this into the skills/ folder and it answers a second later.

skill({ name: "Coin and dice" });

// The first sentences are plain, so the built-in exact-match engine understands them too.
intent("FlipCoin", ["flip a coin", "toss a coin", "heads or tails", "[can you] (flip | toss) a coin [for me]",
    "[do a] coin toss", "(flip | toss | throw | spin) (me | us) a coin", "(throw | spin) a coin", "coin flip",
    "(do | give me | i need | can i get) a [quick] coin (flip | toss)", "(let's | lets) (flip | toss) a coin",
    "(give me | pick | let's do) heads or tails", "(flip | toss) a coin (to decide | for us)",
    "(i need | i want) you to (flip | toss) a coin", "(can | could) we (flip | toss) a coin",
    "(let's | we'll) (settle | decide) (it | this) with a coin (flip | toss)", "let's do a coin (flip | toss)",
    "[quick] (flip | toss) a coin [real quick]", "(i want | can i have) a coin (flip | toss)",
    "(flip | toss) for heads or tails", "heads or tails you pick", "is it heads or tails",
    "(flip | toss) a (quarter | penny) [for me]", "go ahead and (flip | toss) a coin", "time for a coin toss",
    "(pick | choose) heads or tails [for (me | us)]", "(flip | toss) a coin and tell me heads or tails"], req => {
  var side = Math.random() < 0.5 ? "Heads" : "Tails";
  // ask() keeps listening without the wake word, so "again" works as a follow-up.
  return ask(side + ". Flip again?");
});

intent("RollDie", ["roll a die", "roll a dice", "[can you] (roll | throw) (a | the) (die | dice) [for me]",
    "roll a {sides} sided (die | dice)", "roll a (die | dice) with {sides} sides", "roll [the] dice",
    "(chuck | toss) (a | the) (die | dice)", "roll me a (die | dice)", "[give me | do | i need] a dice roll",
    "dice roll", "(let's | lets) roll the dice", "(roll | throw) a d {sides}",
    "(roll | throw | chuck | toss) (an | a) {sides} sided (die | dice) [for me]",
    "(can | could) you roll a {sides} sided (die | dice)",
    "(i need | i want) you to (roll | throw) (a | the) (die | dice)",
    "(i want to | let's | can we) (roll | throw) (a | the) (die | dice)",
    "give (me | us) a roll of the (die | dice)", "give the dice a roll", "[quick] roll a (die | dice) [real quick]",
    "roll (one | a single) die", "can i get a dice roll", "(time to | go ahead and) roll the dice",
    "roll (me | us) a {sides} sided (die | dice)", "shake the dice"], { sides: "number" }, req => {
  var sides = req.slots.sides || 6;
  if (sides < 2 || sides > 1000) {
    return say("I can only roll dice with 2 to 1000 sides.");
  }
  var rolled = 1 + Math.floor(Math.random() * sides);
  var count = storage.get("rolls", 0) + 1;
  storage.set("rolls", count);
  return say("You rolled a " + rolled + ". That was roll number " + count + ".");
});
