// An example JavaScript skill: a shopping list kept in the skill's storage (survives restarts),
// with a required slot, a confirmation and a reminder timer.

skill({ name: "Shopping list" });

function items() {
  return storage.get("items", []);
}

intent("AddItem", {
  sentences: ["add {item} to the shopping list", "put {item} on the [shopping] list", "add to the shopping list"],
  slots: { item: "text" },
  required: { item: "What should I add?" }
}, req => {
  var list = items();
  list.push(req.slots.item);
  storage.set("items", list);
  return say("Added " + req.slots.item + ". The list has " + list.length + (list.length == 1 ? " item." : " items."));
});

intent("ReadList", ["what's on the shopping list", "read the shopping list", "what is on my shopping list"], req => {
  var list = items();
  return say(list.length == 0 ? "The shopping list is empty." : "On the list: " + list.join(", ") + ".");
});

intent("ClearList", {
  sentences: ["clear the shopping list", "empty the shopping list"],
  confirm: req => "Remove all " + items().length + " items from the shopping list?"
}, req => {
  storage.set("items", []);
  return say("The shopping list is empty now.");
});

intent("RemindList", ["remind me about the shopping list in {minutes} minutes"], { minutes: "number" }, req => {
  setTimeout(() => "Don't forget the shopping: " + items().join(", ") + ".", req.slots.minutes * 60000);
  return say("I'll remind you in " + req.slots.minutes + " minutes.");
});
