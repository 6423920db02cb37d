// An example JavaScript skill: flip a coin, roll a die.
// Drop a file like this into the skills/ folder and it answers a second later.

skill({ name: "Coin and dice" });

// The first sentences are plain, so the built-in exact-match engine understands them too.
intent("FlipCoin", ["flip a coin", "toss a coin", "heads or tails", "[can you] (flip | toss) a coin [for me]",
    "[do a] coin toss"], req => {
  var side = Math.random() < 0.5 ? "Heads" : "Tails";
  // ask() keeps listening without the wake word, so "again" works as a follow-up.
  return ask(side + ". Flip again?");
});

intent("RollDie", ["roll a die", "roll a dice", "[can you] (roll | throw) (a | the) (die | dice) [for me]",
    "roll a {sides} sided (die | dice)", "roll a (die | dice) with {sides} sides"], { sides: "number" }, req => {
  var sides = req.slots.sides || 6;
  if (sides < 2 || sides > 1000) {
    return say("I can only roll dice with 2 to 1000 sides.");
  }
  var rolled = 1 + Math.floor(Math.random() * sides);
  var count = storage.get("rolls", 0) + 1;
  storage.set("rolls", count);
  return say("You rolled a " + rolled + ". That was roll number " + count + ".");
});
