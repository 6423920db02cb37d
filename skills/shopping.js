// An example JavaScript skill: a shopping list kept in the skill's storage (survives restarts),
// with a required slot, a confirmation and a reminder timer.

skill({ name: "Shopping list" });

// What people usually put on a shopping list. Any other item is accepted too; these are examples,
// and a speech recognizer in grammar mode hears them more reliably than other words. Not "salmon":
// an example may turn up wherever the grammar's word pairs allow, and "seven" was heard as "salmon"
// in alarm times and dictated numbers.
var GROCERIES = ["milk", "eggs", "bread", "butter", "cheese", "yogurt", "cream", "coffee", "tea", "sugar",
  "flour", "salt", "pepper", "rice", "pasta", "noodles", "cereal", "oats", "honey", "jam", "peanut butter",
  "olive oil", "oil", "vinegar", "ketchup", "mustard", "mayonnaise", "soup", "beans", "tomatoes", "potatoes",
  "onions", "garlic", "carrots", "lettuce", "cucumbers", "peppers", "broccoli", "spinach", "mushrooms", "corn",
  "peas", "apples", "bananas", "oranges", "lemons", "limes", "grapes", "strawberries", "blueberries",
  "avocados", "chicken", "beef", "pork", "bacon", "sausages", "ham", "fish", "tuna", "shrimp",
  "ice cream", "chocolate", "cookies", "crackers", "chips", "nuts", "juice", "orange juice", "water", "soda",
  "beer", "wine", "toilet paper", "paper towels", "tissues", "soap", "shampoo", "toothpaste", "dish soap",
  "detergent", "trash bags", "batteries", "light bulbs", "napkins", "diapers", "dog food", "cat food",
  "tortillas", "bagels", "muffins", "cake", "pizza", "lemonade", "foil", "sponges", "vitamins", "tea bags",
  "biscuits", "crisps", "kitchen roll", "washing up liquid", "bin bags", "apple juice", "pasta sauce",
  "sweetcorn", "mince", "cat litter", "dishwasher tablets", "coffee beans", "hand soap", "deodorant",
  "a loaf of bread"];

function items() {
  return storage.get("items", []);
}

intent("AddItem", {
  sentences: ["[can you | could you] add {item} to (the | my) [shopping] list",
  "put {item} on (the | my) [shopping] list",
              "add to the shopping list", "add {item} to (the | my) grocery list",
              "stick {item} on (the | my) [shopping] list", "we need {item}", "we're out of {item}",
              "we've run out of {item}", "i need to buy {item}", "shopping list add {item}",
              "i need {item} on (the | my) shopping list", "{item} needs to go on the [shopping] list",
              "pop {item} on the [shopping] list",
              "let's add {item} to the shopping list",
              "(can | could) you put {item} on (the | my) [shopping] list", "add {item} to the groceries [list]",
              "we're (low on | running out of) {item}", "(jot | write) down {item}", "remember to buy {item}",
              "make sure {item} is on the list", "{item} needs adding to the list", "add {item}"],
  slots: { item: { text: GROCERIES } },
  required: { item: "What should I add?" }
}, req => {
  var list = items();
  list.push(req.slots.item);
  storage.set("items", list);
  return say("Added " + req.slots.item + ". The list has " + list.length + (list.length == 1 ? " item." : " items."));
});

intent("ReadList", [
  "what's on the shopping list", "read the shopping list", "what is on my shopping list",
  "(what's | what is) (on | in) (the | my) [shopping | grocery] list",
  "(read | tell) [me] (the | my) [shopping] list", "read (out | back) (the | my) [shopping] list",
  "read (out | back) (whatever is | what's | everything) on (the | my) [shopping] list",
  "what do (i | we) need (to (buy | get) | from the (shop | store | supermarket))",
  "(what's | what is) left on (the | my) [shopping] list", "what have (i | we) got on (the | my) [shopping] list",
  "(go through | let's hear) the shopping list",
  "(tell me | can you tell me) (what's | what is) on (the | my) [shopping] list",
  "(what's | what is) on our [shopping] list",
  "read (the | my) [shopping] list to me", "tell me what (i | we) need [to buy]",
  "what (have i got | do i need) to buy",
  "what should i buy", "(go through | go over | run through) (the | my) [shopping] list",
  "let me hear (the | my) [shopping] list",
  "i want to hear the shopping list", "(can | could) you read (out | me) (the | my) [shopping] list",
  "read me my groceries", "what groceries are on the list", "check (the | my) shopping list [for me]",
  "give me the shopping list", "anything on the shopping list",
  "(what | which) (items | things) are (on | in) (the | my) [shopping | grocery] list"
], req => {
  var list = items();
  return say(list.length == 0 ? "The shopping list is empty." : "On the list: " + list.join(", ") + ".");
});

intent("ClearList", {
  sentences: ["clear the shopping list", "empty the shopping list",
              "(clear | empty | delete | wipe | erase | reset | scrap) (the | my) [shopping | grocery] list",
              "clear out the [shopping] list", "start a new shopping list",
              "(remove | delete | get rid of) everything (from | on) (the | my) [shopping] list",
              "take everything off the [shopping] list", "clear all items from (the | my) [shopping] list",
              "(clear | empty | wipe) out (the | my) [shopping] list",
              "(get rid of | throw away | ditch) (the | my) [shopping] list",
              "(remove | delete) all (the items | items) (from | on) (the | my) [shopping] list",
              "(can you | could you | i want to | i need to | let's | you can) (clear | wipe | empty)" +
                " (the | my) [shopping] list [now]",
              "start (my | the) shopping list (from scratch | again)", "start over with (my | the) shopping list",
              "clear everything off (the | my) [shopping] list", "new shopping list"],
  confirm: req => "Remove all " + items().length + " items from the shopping list?"
}, req => {
  storage.set("items", []);
  return say("The shopping list is empty now.");
});

intent("RemindList", ["remind me (about | of) (the | my) shopping list in {minutes} minutes",
    "in {minutes} minutes remind me (about | of) the shopping list",
    "remind me in {minutes} minutes (about | of) (the | my) shopping list",
    "shopping list reminder in {minutes} minutes",
    "remind me to (check | look at | go through | sort out) (the | my) [shopping] list in {minutes} minutes",
    "remind me (about | of) (the | my) (list | grocery list) in {minutes} minutes",
    "in {minutes} minutes remind me to (check | look at) the shopping list",
    "(give me | set) a reminder (about | for) the shopping list in {minutes} minutes",
    "(can | could) you remind me to check (the | my) shopping list in {minutes} minutes",
    "(nudge | ping) me to check the shopping list in {minutes} minutes"],
    { minutes: "number" },
    req => {
  setTimeout(() => "Don't forget the shopping: " + items().join(", ") + ".", req.slots.minutes * 60000);
  return say("I'll remind you in " + req.slots.minutes + " minutes.");
});
