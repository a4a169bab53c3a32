-- restore-sequence.lua (RedisDispatch.restoreSequenceAtLeast): the next sequence handed out is
-- above this one; the counter never goes down.
-- ARGV: prefix, sequence. Returns 1 if the counter was raised, else 0.
if tonumber(redis.call('GET', SEQUENCE) or '0') < tonumber(ARGV[2]) then
  redis.call('SET', SEQUENCE, ARGV[2])
  return 1
end
return 0
