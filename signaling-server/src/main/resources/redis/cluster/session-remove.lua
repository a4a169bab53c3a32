-- The owner forgets an ended session: snapshot, owner, its kiosk's open-session mark (if still this session).
-- KEYS[1] the kiosk's open-session key; KEYS[2] snapshot; KEYS[3] owner; KEYS[4] the owner's sessions
-- ARGV[1] session id
if redis.call('GET', KEYS[1]) == ARGV[1] then
  redis.call('DEL', KEYS[1])
end
redis.call('DEL', KEYS[2], KEYS[3])
redis.call('SREM', KEYS[4], ARGV[1])
return 1
