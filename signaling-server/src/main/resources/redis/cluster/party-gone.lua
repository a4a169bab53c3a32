-- A party's connection to this node is gone: the directory forgets it unless it points elsewhere by now.
-- KEYS[1] the party's directory key; KEYS[2] this node's party set
-- ARGV[1] this node's id; ARGV[2] "ROLE:id"
-- Returns 1 if the directory entry was this node's and is removed.
redis.call('SREM', KEYS[2], ARGV[2])
local place = redis.call('GET', KEYS[1])
if place and cjson.decode(place)['node'] == ARGV[1] then
  redis.call('DEL', KEYS[1])
  return 1
end
return 0
