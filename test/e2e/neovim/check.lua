-- Neovim as an LSP client of the callscript server: open a script, wait for its diagnostics,
-- apply a quick-fix through vim.lsp.buf.code_action(), and see the buffer change.
-- Exits 0 when all holds, 1 with a message on stderr otherwise. Inputs (environment):
--   CALLSCRIPT_FIXTURE       the script to open
--   CALLSCRIPT_EXPECT_RULES  rule ids that must all be among the diagnostics, comma-separated
--   CALLSCRIPT_FIX_RULE      the rule whose first diagnostic in the text gets its preferred quick-fix
--   CALLSCRIPT_FIX_TEXT      text the fixed line must then contain
local WAIT_MS = 30000

local function env(name)
  local value = os.getenv(name)
  assert(value and value ~= '', name .. ' is not set')
  return value
end

local function rule_of(d)
  return d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
end

local function rules_in(diagnostics)
  local seen = {}
  for _, d in ipairs(diagnostics) do
    seen[#seen + 1] = tostring(rule_of(d))
  end
  table.sort(seen)
  return seen
end

local function wait_for(description, condition)
  if not vim.wait(WAIT_MS, condition, 50) then
    error('timed out after ' .. WAIT_MS .. ' ms waiting for ' .. description, 0)
  end
end

local function main()
  local fixture = env('CALLSCRIPT_FIXTURE')
  local expected = vim.split(env('CALLSCRIPT_EXPECT_RULES'), ',', { plain = true })
  local fix_rule = env('CALLSCRIPT_FIX_RULE')
  local fix_text = env('CALLSCRIPT_FIX_TEXT')

  vim.cmd('edit ' .. vim.fn.fnameescape(fixture))
  local bufnr = vim.api.nvim_get_current_buf()
  if vim.bo[bufnr].filetype ~= 'callscript' then
    error('filetype is "' .. vim.bo[bufnr].filetype .. '", not callscript', 0)
  end
  wait_for('the callscript client to attach', function()
    return next(vim.lsp.buf_get_clients(bufnr)) ~= nil
  end)

  wait_for('diagnostics with the rules ' .. table.concat(expected, ', '), function()
    local present = {}
    for _, id in ipairs(rules_in(vim.diagnostic.get(bufnr))) do present[id] = true end
    for _, id in ipairs(expected) do
      if not present[id] then return false end
    end
    return true
  end)
  local diagnostics = vim.diagnostic.get(bufnr)
  io.stdout:write('diagnostics: ' .. table.concat(rules_in(diagnostics), ' ') .. '\n')

  local target -- the first in the text
  for _, d in ipairs(diagnostics) do
    if rule_of(d) == fix_rule and d.source == 'callscript' then
      if not target or d.lnum < target.lnum or (d.lnum == target.lnum and d.col < target.col) then target = d end
    end
  end
  if not target then error('no ' .. fix_rule .. ' diagnostic to fix', 0) end
  local line_before = vim.api.nvim_buf_get_lines(bufnr, target.lnum, target.lnum + 1, true)[1]

  -- What a user picks from the code-action menu: the preferred quick-fix.
  local offered = {}
  vim.ui.select = function(items, _, on_choice)
    for i, item in ipairs(items) do
      local action = item.action or item[2]
      offered[#offered + 1] = action.title
      if action.kind == 'quickfix' and action.isPreferred then return on_choice(item, i) end
    end
    on_choice(nil, nil)
  end
  vim.api.nvim_win_set_cursor(0, { target.lnum + 1, target.col })
  vim.lsp.buf.code_action()

  local function line_now()
    return vim.api.nvim_buf_get_lines(bufnr, target.lnum, target.lnum + 1, true)[1]
  end
  wait_for('the quick-fix to change line ' .. (target.lnum + 1) .. ' (offered: ' .. table.concat(offered, ' | ') .. ')', function()
    return line_now() ~= line_before
  end)
  if not line_now():find(fix_text, 1, true) then
    error('line ' .. (target.lnum + 1) .. ' became "' .. line_now() .. '", without "' .. fix_text .. '"', 0)
  end
  io.stdout:write('fixed: ' .. line_before .. ' -> ' .. line_now() .. '\n')

  wait_for('the fixed finding to leave the diagnostics', function()
    for _, d in ipairs(vim.diagnostic.get(bufnr, { lnum = target.lnum })) do
      if rule_of(d) == fix_rule and d.col == target.col then return false end
    end
    return true
  end)
end

local ok, err = xpcall(main, debug.traceback)
if ok then
  io.stdout:write('neovim e2e: ok\n')
  vim.cmd('qall!')
else
  io.stderr:write('neovim e2e: ' .. tostring(err) .. '\n')
  vim.cmd('cquit')
end
